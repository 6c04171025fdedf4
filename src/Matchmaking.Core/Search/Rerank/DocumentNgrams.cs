namespace Matchmaking.Core.Search.Rerank;

/// <summary>What the text features need from one document: its whole text (ordered pairs, length) and its n-gram vectors.</summary>
public sealed record DocumentNgrams(string Text, NgramVector All, NgramVector Title)
{
    public long Bytes => 48 + Text.Length * sizeof(char) + All.Bytes + Title.Bytes;
}
