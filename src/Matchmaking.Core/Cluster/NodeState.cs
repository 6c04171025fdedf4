using Matchmaking.Core.Search.Index;

namespace Matchmaking.Core.Cluster;

/// <summary>What a node's own replica holds right now.</summary>
public sealed record NodeState(string Generation, long AppliedSequence, int Documents)
{
    public static NodeState Read(ListingIndex index)
    {
        if (!index.IsOpen)
        {
            return new NodeState("", 0, 0);
        }

        using var lease = index.Acquire();
        return new NodeState(Path.GetFileName(index.Folder ?? ""), index.LastSequence, lease.Searcher.IndexReader.NumDocs);
    }
}
