using GraphQL.Types;
using Matchmaking.Api.Auth;
using Matchmaking.Api.GraphQL.Inputs;
using Matchmaking.Api.GraphQL.Payloads;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Matches;
using static Matchmaking.Api.GraphQL.Fields.ListingMutationFields;

namespace Matchmaking.Api.GraphQL.Fields;

/// <summary>Who handles a match and what they write into it: claims, assignments, reopening, broker notes and per-party feedback.</summary>
internal static class MatchOwnershipFields
{
    public static void Add(ObjectGraphType mutation)
    {
        Mutation<MatchPayloadType, ClaimMatchInputType>(mutation, "claimMatch", "Brokers: become the handling broker of a match that has none. ALREADY_CLAIMED when another broker has it (of racing claims exactly one wins); claiming your own match again changes nothing.", async (ctx, input, ct) =>
        {
            var viewer = ctx.Viewer();
            Access.RequireRole(viewer, Roles.Broker);
            return await ctx.Service<MatchBrokerService>().ClaimAsync(input.RequiredId("matchId", nameof(Match)), viewer.Subject!, ct);
        });

        Mutation<MatchPayloadType, AssignMatchInputType>(mutation, "assignMatch", "Admins: give a match to a broker, move it to another, or release it (brokerSubject null); the move, from → to, and its reason go into the match history. CONFLICT when the broker changed meanwhile.", async (ctx, input, ct) =>
        {
            var viewer = ctx.Viewer();
            Access.RequireRole(viewer);
            return await ctx.Service<MatchBrokerService>().AssignAsync(input.RequiredId("matchId", nameof(Match)), input.String("brokerSubject")?.Trim(), input.String("reason"), viewer.Subject!, ct);
        });

        Mutation<MatchPayloadType, ReopenMatchInputType>(mutation, "reopenMatch", "The handling broker or an admin: reopen a REJECTED match with a reason; it returns to the stage it was rejected from. INVALID_TRANSITION unless REJECTED; FORBIDDEN for other brokers.", async (ctx, input, ct) =>
        {
            var viewer = ctx.Viewer();
            Access.RequireRole(viewer, Roles.Broker);
            return await ctx.Service<MatchService>().ReopenAsync(input.RequiredId("matchId", nameof(Match)), input.String("reason"), new MatchActor(viewer.Subject!, viewer.IsAdmin), ct);
        });

        Mutation<MatchPayloadType, AddMatchNoteInputType>(mutation, "addMatchNote", "The handling broker or an admin: add a note to a match's history. FORBIDDEN for other brokers (claim the match first).", async (ctx, input, ct) =>
        {
            var viewer = ctx.Viewer();
            Access.RequireRole(viewer, Roles.Broker);
            return await ctx.Service<MatchBrokerService>().AddNoteAsync(input.RequiredId("matchId", nameof(Match)), input.String("note"), new MatchActor(viewer.Subject!, viewer.IsAdmin), ct);
        });

        Mutation<MatchPayloadType, GiveFeedbackInputType>(mutation, "giveFeedback", "The match's parties: say whether it was useful. Each side's feedback (demand side, supply side, handling broker; admins give the broker side's) is kept apart and never overwritten; FORBIDDEN for anyone else.", async (ctx, input, ct) =>
        {
            var viewer = ctx.Viewer();
            string subject = Access.RequireSubject(viewer);
            Guid id = input.RequiredId("matchId", nameof(Match));
            var parties = await ctx.Service<MatchQueries>().PartiesAsync(id, ct);
            FeedbackSide side = parties.SideOf(subject) is { } s && (s != FeedbackSide.Broker || viewer.IsBroker || viewer.IsAdmin) ? s
                : viewer.IsAdmin ? FeedbackSide.Broker
                : throw Access.Forbidden("only the match's parties (its demand's enterprise, the achievement's or expert's owner, the handling broker) may give feedback.");
            return await ctx.Service<MatchFeedbackService>().GiveAsync(id, side, input.Value<bool>("useful") ?? false, input.String("note"), subject, ct);
        });
    }
}
