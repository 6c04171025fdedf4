using GraphQL;
using GraphQL.Types;
using Matchmaking.Api.GraphQL.Loading;
using Matchmaking.Api.GraphQL.Paging;
using Matchmaking.Api.GraphQL.Types;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Listings.Duplicates;

namespace Matchmaking.Api.GraphQL.Duplicates;

public sealed class ExpertIdentitySuggestionType : ObjectGraphType<ExpertIdentitySuggestion>
{
    public ExpertIdentitySuggestionType()
    {
        Name = "ExpertIdentitySuggestion";
        Description = "Expert profiles that may be one person (疑似同一专家), for an admin to merge: the same name at the same institution, or the same phone or e-mail.";
        Field<NonNullGraphType<DuplicateReasonType>>("reason").Description("SAME_NAME_AND_INSTITUTION or SAME_CONTACT.").Resolve(ctx => ctx.Source.Reason);
        Field<NonNullGraphType<ConnectionGraphType<ExpertType>>>("experts").Description("The profiles, two or more, in id order.").Paged()
            .Resolve(ctx =>
            {
                var members = ctx.Source.ExpertIds.Select(ctx.Loaders().Experts.Load).ToList();
                return new Deferred<ConnectionPage>(async ct =>
                {
                    var found = new List<Expert>();
                    foreach (var member in members)
                    {
                        if (await member.GetResultAsync(ct) is { } expert)
                        {
                            found.Add(expert);
                        }
                    }

                    return ConnectionPage.From(Connections.InMemory(ctx, found));
                });
            });
    }
}
