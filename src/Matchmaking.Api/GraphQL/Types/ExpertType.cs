using GraphQL.Types;
using Matchmaking.Api.GraphQL.Fields;
using Matchmaking.Api.GraphQL.Loading;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Types;

public sealed class ExpertType : ObjectGraphType<Expert>
{
    public ExpertType()
    {
        Name = "Expert";
        Description = "An expert (专家): a researcher or engineer open to consulting and joint projects.";
        Interface<NodeInterface>();
        Interface<ListingInterface>();
        IsTypeOf = o => o is Expert;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(nameof(Expert), ctx.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("displayName").Description("The heading to show: the name (shared with the Listing interface).").Resolve(ctx => ctx.Source.Name);
        Field<NonNullGraphType<ListingKindType>>("kind").Description("Always EXPERT.").Resolve(_ => ListingKind.Expert);
        Field(x => x.Name).Description("Name (姓名).");
        Field(x => x.Title).Description("Professional title (职称), e.g. 教授, 研究员.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("researchFields").Description("Research fields (研究方向).").Resolve(ctx => ctx.Source.ResearchFields);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("keywords").Description("Keywords (关键词).").Resolve(ctx => ctx.Source.Keywords);
        Field(x => x.Bio).Description("Biography (个人简介).");
        Field(x => x.Discipline).Description("Discipline (学科).");
        Field<NonNullGraphType<IndustryType>>("industry").Resolve(ctx => ctx.Source.Industry);
        Field(x => x.Region);
        Field(x => x.OpenToProjects).Description("Takes on new projects now (是否接受新项目).");
        Field<IntGraphType>("capacity").Description("Capacity (承接上限): the most active matches (introduced, negotiating, contracted) taken on at once; null = no limit declared.").Resolve(ctx => ctx.Source.Capacity);
        Field<NonNullGraphType<IntGraphType>>("activeMatches")
            .Description("Active matches (在办撮合): matches with this expert at an active stage (introduced, negotiating, contracted), counted from the matches.")
            .Resolve(ctx =>
            {
                var count = ctx.Loaders().ActiveMatches.Load(ctx.Source.Id);
                return new Deferred<int>(async ct => (await count.GetResultAsync(ct))?.Value ?? 0);
            });
        ContactRules.AddFields(this, ContactRules.Expert, x => x.Contact);
        Duplicates.DuplicateFields.AddTo(this);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Description("When the profile was created (UTC).").Resolve(ctx => ctx.Source.CreatedAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("updatedAt").Description("When the profile last changed (UTC).").Resolve(ctx => ctx.Source.UpdatedAt);
    }
}
