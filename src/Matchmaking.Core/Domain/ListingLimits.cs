namespace Matchmaking.Core.Domain;

/// <summary>Length limits for listing text. Generous for real listings, small enough to keep the index and the API safe.</summary>
public static class ListingLimits
{
    public const int Title = 200;
    public const int Name = 100;
    public const int Body = 20_000;
    public const int Keyword = 50;
    public const int Keywords = 30;
    public const int Short = 100;

    /// <summary>A contact phone number; the column holds 40 characters.</summary>
    public const int Phone = 40;
    public const decimal MaxMoney = 100_000_000_000m;

    /// <summary>The most active matches an expert may declare he carries at once.</summary>
    public const int MaxCapacity = 1000;
}
