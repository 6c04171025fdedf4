using GraphQL.Types;
using Matchmaking.Api.GraphQL.Fields;
using GraphQL;
using Matchmaking.Api.GraphQL.Paging;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Matches;

namespace Matchmaking.Api.GraphQL.Types;

public sealed class EnterpriseType : ObjectGraphType<Enterprise>
{
    public EnterpriseType()
    {
        Name = "Enterprise";
        Description = "An enterprise (企业) that posts demands.";
        Interface<NodeInterface>();
        Interface<ListingInterface>();
        IsTypeOf = o => o is Enterprise;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(nameof(Enterprise), ctx.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("displayName").Description("The heading to show: the name (shared with the Listing interface).").Resolve(ctx => ctx.Source.Name);
        Field<NonNullGraphType<ListingKindType>>("kind").Description("Always ENTERPRISE.").Resolve(_ => ListingKind.Enterprise);
        Field(x => x.Name).Description("Registered name (企业名称).");
        Field(x => x.CreditCode).Description("Unified social credit code (统一社会信用代码), 18 characters, GB 32100-2015.");
        Field<NonNullGraphType<IndustryType>>("industry").Resolve(ctx => ctx.Source.Industry);
        Field(x => x.Region);
        Field<NonNullGraphType<EnterpriseSizeType>>("size").Description("Size class (企业规模).").Resolve(ctx => ctx.Source.Size);
        Field(x => x.Description).Description("About the enterprise (企业简介).");
        ContactRules.AddFields(this, ContactRules.Enterprise, x => x.Contact);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Description("When it was registered on the platform (UTC).").Resolve(ctx => ctx.Source.CreatedAt);
        Field<NonNullGraphType<ConnectionGraphType<ConflictDeclarationType>>>("conflictDeclarations")
            .Description("Declared conflicts of interest and affiliates (利益冲突 / 关联方), newest first: to the enterprise's owner, brokers and admins; FORBIDDEN for other viewers.")
            .Paged()
            .Argument<BooleanGraphType>("includeWithdrawn", "Also the withdrawn ones (default false).")
            .ResolveAsync(async ctx =>
            {
                var viewer = ctx.Viewer();
                if (!(viewer.IsBroker || Auth.Access.IsOwnerOrAdmin(viewer, ctx.Source.OwnerSubject)))
                {
                    throw Auth.Access.Forbidden("only the enterprise's owner, brokers and admins may read its declarations.");
                }

                var all = await ctx.Service<ConflictDeclarationService>().ForEnterpriseAsync(ctx.Source.Id, ctx.GetArgument("includeWithdrawn", false), ctx.CancellationToken);
                return ConnectionPage.From(Connections.InMemory(ctx, all));
            });
    }
}
