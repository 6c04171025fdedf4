using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Ledger;

/// <summary>A payment with whether it is settled and the policy version it settles under.</summary>
public sealed record PaymentView(Payment Payment, bool Settled, int PolicyVersion);
