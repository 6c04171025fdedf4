using GraphQL.DataLoader;
using GraphQL.Types;
using Matchmaking.Api.GraphQL.Paging;
using Matchmaking.Api.GraphQL.Loading;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Types;

public sealed class AchievementType : ObjectGraphType<Achievement>
{
    public AchievementType()
    {
        Name = "Achievement";
        Description = "A research achievement (科技成果) offered for transfer, licence or joint development.";
        Interface<NodeInterface>();
        Interface<ListingInterface>();
        IsTypeOf = o => o is Achievement;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(nameof(Achievement), ctx.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("displayName").Description("The heading to show: the title (shared with the Listing interface).").Resolve(ctx => ctx.Source.Title);
        Field<NonNullGraphType<ListingKindType>>("kind").Description("Always ACHIEVEMENT.").Resolve(_ => ListingKind.Achievement);
        Field(x => x.Title).Description("Title (成果名称).");
        Field(x => x.Abstract).Description("Abstract (成果简介).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("keywords").Description("Keywords (关键词).").Resolve(ctx => ctx.Source.Keywords);
        Field(x => x.Discipline).Description("Discipline (学科).");
        Field<NonNullGraphType<IndustryType>>("industry").Resolve(ctx => ctx.Source.Industry);
        Field(x => x.Region);
        Field(x => x.Trl).Description("Technology readiness level, 1–9 (技术成熟度).");
        Field<NonNullGraphType<IpFormType>>("ipForm").Description("Form of the intellectual property (知识产权形式).").Resolve(ctx => ctx.Source.IpForm);
        Field(x => x.IpNumber, nullable: true).Description("Patent or registration number (专利号), e.g. ZL202110123456.7.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CooperationModeType>>>>("cooperationModes").Description("The ways the owner will hand it over (合作方式).").Resolve(ctx => CooperationModeType.Split(ctx.Source.CooperationModes).Cast<object>());
        Field<MoneyGraphType>("askingPrice").Description("Asking price (转让价格); null when negotiable (面议).").Resolve(ctx => Money.InCny(ctx.Source.AskingPrice));
        Field<NonNullGraphType<AchievementStatusType>>("status").Description("PUBLISHED or WITHDRAWN.").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<ConnectionGraphType<ExpertType>>>("team").Description("The experts behind it (团队成员), in the order the owner gave.").Paged()
            .Resolve(ctx =>
            {
                var team = Team(ctx.Loaders(), ctx.Source.TeamExpertIds);
                return new Deferred<ConnectionPage>(async ct => ConnectionPage.From(Connections.InMemory(ctx, (await team.GetResultAsync(ct)).ToList())));
            });
        Duplicates.DuplicateFields.AddTo(this);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Description("When it was published (UTC).").Resolve(ctx => ctx.Source.CreatedAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("updatedAt").Description("When it last changed (UTC).").Resolve(ctx => ctx.Source.UpdatedAt);
    }

    private static Deferred<IEnumerable<Expert>> Team(DataLoaders loaders, List<Guid> ids)
    {
        List<IDataLoaderResult<Expert?>> members = ids.Select(loaders.Experts.Load).ToList();
        return new(async ct =>
        {
            var found = new List<Expert>();
            foreach (var member in members)
            {
                if (await member.GetResultAsync(ct) is { } expert)
                {
                    found.Add(expert);
                }
            }

            return found;
        });
    }
}
