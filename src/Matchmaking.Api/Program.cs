using Matchmaking.Api.Cli;

return await Verbs.RunAsync(args);

/// <summary>The entry point; public so that WebApplicationFactory&lt;Program&gt; can host it in tests.</summary>
public partial class Program;
