using GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Types;

/// <summary>Relay's Node: anything with an opaque global id that node(id) can fetch again.</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with an opaque global id; fetch it again with node(id:).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global id. Do not parse it.");
    }
}
