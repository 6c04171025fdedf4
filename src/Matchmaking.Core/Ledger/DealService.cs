using Matchmaking.Core.Domain;
using Matchmaking.Core.Matches;
using Matchmaking.Core.Notifications;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Ledger;

/// <summary>Opens deals from contracted matches and versions their revenue-share policies.</summary>
public sealed class DealService(MatchmakingDbContext db, TimeProvider clock, IOptions<LedgerOptions> options)
{
    /// <summary>Validates everything first; nothing is stored when any check fails.</summary>
    public async Task<Deal> CreateAsync(NewDeal input, CancellationToken ct)
    {
        var checks = new Checks();
        MoneyRules.Check(checks, "value", input.Value, input.Currency);
        checks.Defined("contractType", input.ContractType);
        foreach (var party in input.Parties)
        {
            checks.Defined("parties.role", party.Role);
        }

        checks.ThrowIfAny();
        bool isDefault = input.Shares is null;
        var shares = input.Shares ?? PolicyRules.Default(options.Value);
        PolicyRules.Validate(shares, statutory: isDefault && PolicyRules.IsStatutory(input.ContractType));

        var match = await db.Matches.AsNoTracking().FirstOrDefaultAsync(m => m.Id == input.MatchId, ct)
            ?? throw new DomainException(ErrorCodes.NotFound, "the match does not exist.", "matchId");
        if (match.Stage != MatchStage.Contracted)
        {
            throw new DomainException(ErrorCodes.MatchNotContracted, $"the match is at stage {WireNames.Of(match.Stage)}; a deal needs a CONTRACTED match.", "matchId");
        }

        if (await db.Deals.AnyAsync(d => d.MatchId == match.Id, ct))
        {
            throw new DomainException(ErrorCodes.Duplicate, "the match already has a deal.", "matchId");
        }

        var matchParties = await new MatchQueries(db).PartiesAsync(match.Id, ct);
        var parties = await new DealPartyResolver(db).ResolveAsync(matchParties, input.OpenedBy, input.Parties, ct);
        if (shares.Any(s => s.Role == PartyRole.Platform && s.BasisPoints > 0) && parties.All(p => p.Role != PartyRole.Platform))
        {
            parties.Add(new DealParty { Id = Guid.NewGuid(), Role = PartyRole.Platform, Name = "平台", Reference = "platform" });
        }

        CheckPayees(shares, parties);
        var now = clock.GetUtcNow();
        var policy = NewPolicy(isDefault ? $"default-{input.ContractType}" : "agreed", shares, now, version: 1, previous: null);
        var deal = new Deal
        {
            Id = Guid.NewGuid(),
            MatchId = match.Id,
            ContractType = input.ContractType,
            Value = input.Value,
            Currency = input.Currency,
            PolicyId = policy.Id,
            BrokerSubject = match.BrokerSubject ?? input.OpenedBy,
            Parties = parties,
            CreatedAt = now,
        };
        db.Policies.Add(policy);
        db.Deals.Add(deal);
        await TellPartiesAsync(match, deal, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // The check above is a courtesy; the unique index on MatchId is what holds under concurrent requests.
            db.ChangeTracker.Clear();
            throw new DomainException(ErrorCodes.Duplicate, "the match already has a deal.", "matchId");
        }

        return deal;
    }

    private async Task TellPartiesAsync(Match match, Deal deal, CancellationToken ct)
    {
        var demand = await db.Demands.AsNoTracking().Where(d => d.Id == match.DemandId).Select(d => d.Title).FirstOrDefaultAsync(ct) ?? "";
        string value = NotificationTexts.Money(deal.Value, deal.Currency);
        var e = new NotificationEvent(
            NotificationKind.DealCreated,
            $"deal.created:{deal.Id}",
            $"合同已创建：{demand}",
            $"技术需求「{demand}」的对接已签订合同，合同金额 {value}。",
            nameof(Deal),
            deal.Id,
            new { dealId = deal.Id, matchId = match.Id, value = new { amount = deal.Value.ToString("F2", System.Globalization.CultureInfo.InvariantCulture), currency = deal.Currency } });
        await new Notifier(db, clock).AddAsync(e, await ListingOwners.OfMatchAsync(db, match, ct), email: true, ct);
    }

    /// <summary>
    /// Replaces the deal's policy with a new version. Payments already recorded keep the version they were
    /// recorded under; only payments recorded after this call use the new one.
    /// </summary>
    public async Task<RevenueSharePolicy> ChangePolicyAsync(Guid dealId, IReadOnlyList<ShareSpec> shares, CancellationToken ct)
    {
        PolicyRules.Validate(shares, statutory: false);
        var deal = await db.Deals.Include(d => d.Parties).FirstOrDefaultAsync(d => d.Id == dealId, ct)
            ?? throw new DomainException(ErrorCodes.NotFound, "the deal does not exist.", "dealId");
        CheckPayees(shares, deal.Parties);
        var current = await db.Policies.AsNoTracking().FirstAsync(p => p.Id == deal.PolicyId, ct);
        var policy = NewPolicy(current.Name, shares, clock.GetUtcNow(), current.Version + 1, current.Id);
        db.Policies.Add(policy);
        deal.PolicyId = policy.Id;
        await db.SaveChangesAsync(ct);
        return policy;
    }

    /// <summary>
    /// Every paid role needs a party to pay; a role with several payees needs each one's sub-share, summing to
    /// exactly 10,000 basis points of the role's share (without them it is DUPLICATE_ROLE, as before sub-shares).
    /// </summary>
    private static void CheckPayees(IReadOnlyCollection<ShareSpec> shares, IReadOnlyCollection<DealParty> parties)
    {
        var checks = new Checks();
        foreach (var share in shares.Where(s => s.BasisPoints > 0))
        {
            var payees = parties.Where(p => p.Role == share.Role).ToList();
            string role = WireNames.Of(share.Role);
            if (payees.Count == 0)
            {
                checks.Add("parties", ErrorCodes.PartyMissing, $"the policy pays {role} but the deal has no {role} party.");
            }
            else if (payees.Count > 1 && payees.All(p => p.SubShareBasisPoints is null))
            {
                checks.Add("parties", ErrorCodes.DuplicateRole, $"the deal has {payees.Count} {role} parties; give each a subShareBasisPoints (summing to 10000) or name one.");
            }
            else if (payees.Any(p => p.SubShareBasisPoints is <= 0) || (payees.Count > 1 && payees.Any(p => p.SubShareBasisPoints is null))
                || payees.Sum(p => (long)(p.SubShareBasisPoints ?? PolicyRules.TotalBasisPoints)) != PolicyRules.TotalBasisPoints)
            {
                checks.Add("parties.subShareBasisPoints", ErrorCodes.SubSharesSum, $"the {role} payees' sub-shares must be positive and sum to exactly {PolicyRules.TotalBasisPoints} basis points of the role's share.");
            }
        }

        checks.ThrowIfAny();
    }

    private static RevenueSharePolicy NewPolicy(string name, IReadOnlyCollection<ShareSpec> shares, DateTimeOffset now, int version, Guid? previous)
    {
        var id = Guid.NewGuid();
        return new RevenueSharePolicy
        {
            Id = id,
            Name = name,
            Version = version,
            PreviousId = previous,
            EffectiveFrom = now,
            Shares = shares.Select(s => new PolicyShare { Id = Guid.NewGuid(), PolicyId = id, Role = s.Role, BasisPoints = s.BasisPoints, IsCost = s.IsCost }).ToList(),
        };
    }
}
