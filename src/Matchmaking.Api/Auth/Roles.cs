namespace Matchmaking.Api.Auth;

/// <summary>The roles a token can carry.</summary>
public static class Roles
{
    public const string Enterprise = "ENTERPRISE";
    public const string Researcher = "RESEARCHER";
    public const string Broker = "BROKER";
    public const string Admin = "ADMIN";

    public static readonly string[] All = [Enterprise, Researcher, Broker, Admin];
}
