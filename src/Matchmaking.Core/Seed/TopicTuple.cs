namespace Matchmaking.Core.Seed;

/// <summary>What a listing is about: a topic, one of its aspects and an application scenario of its industry.</summary>
internal readonly record struct TopicTuple(int Topic, int Aspect, int Application);
