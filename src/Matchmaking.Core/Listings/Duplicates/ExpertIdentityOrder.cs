using System.ComponentModel;

namespace Matchmaking.Core.Listings.Duplicates;

/// <summary>How an admin's list of expert identity suggestions is sorted.</summary>
public enum ExpertIdentityOrder
{
    [Description("Largest group first (最大组优先), the default; ties by reason.")] LargestFirst,
    [Description("By reason (按原因): same name and institution first, then same contact; largest first within each.")] ByReason,
}
