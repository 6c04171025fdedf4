using GraphQL.Types;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Types;

/// <summary>One member of the flags enum per value, so that a listing's modes read as a list.</summary>
public sealed class CooperationModeType : EnumerationGraphType
{
    public CooperationModeType()
    {
        Name = "CooperationMode";
        Description = "How the parties work together (合作方式). A listing accepts a list of them.";
        Add("TRANSFER", CooperationModes.Transfer, "技术转让 — transfer of the rights.");
        Add("LICENSE", CooperationModes.License, "许可使用 — licence to use.");
        Add("JOINT_DEVELOPMENT", CooperationModes.JointDevelopment, "合作开发 — joint development.");
        Add("CONSULTING", CooperationModes.Consulting, "技术咨询/服务 — consulting or technical service.");
    }

    public static IEnumerable<CooperationModes> Split(CooperationModes modes) =>
        Enum.GetValues<CooperationModes>().Where(m => m != CooperationModes.None && modes.HasFlag(m));
}
