namespace Matchmaking.Core.Listings;

/// <summary>Told after a listing change commits, so the index can catch up at once instead of waiting for the recurring run.</summary>
public interface IListingChangeNotifier
{
    void ListingsChanged();
}
