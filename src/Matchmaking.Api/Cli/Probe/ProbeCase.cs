namespace Matchmaking.Api.Cli.Probe;

/// <summary>
/// One bad input: its group and name, the request(s) it sends (several are sent at once, to race),
/// and the clear answer it must get. <see cref="Pending"/> names the issue item whose fix makes it clear.
/// </summary>
public sealed record ProbeCase(string Group, string Name, Func<ProbeContext, IReadOnlyList<ProbeRequest>> Build, Expect Expect, string? Pending = null)
{
    public static ProbeCase One(string group, string name, Func<ProbeContext, ProbeRequest> build, Expect expect, string? pending = null) =>
        new(group, name, c => [build(c)], expect, pending);

    public static ProbeCase Race(string group, string name, int copies, Func<ProbeContext, ProbeRequest> build, Expect expect, string? pending = null) =>
        new(group, name, c => Enumerable.Range(0, copies).Select(_ => build(c)).ToList(), expect, pending);
}
