using Matchmaking.Api.Auth;

namespace Matchmaking.Api.Cli.Probe;

/// <summary>What a case is built from: the data the run created and tokens signed like the server's.</summary>
public sealed record ProbeContext(ProbeWorld World, ProbeTokens Tokens)
{
    public string Enterprise => Tokens.For(Roles.Enterprise, World.EnterpriseOwner);

    public string Researcher => Tokens.For(Roles.Researcher, World.ResearcherOwner);

    public string Broker => Tokens.For(Roles.Broker, World.Broker);

    public string Admin => Tokens.For(Roles.Admin, "probe-admin-" + World.Tag);

    /// <summary>A token of <paramref name="role"/> for a subject that owns nothing of this run.</summary>
    public string Stranger(string role) => Tokens.For(role, $"probe-stranger-{role.ToLowerInvariant()}-{World.Tag}");
}
