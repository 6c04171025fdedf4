using System.Diagnostics;

namespace Matchmaking.Api.Cli.Probe;

/// <summary>Sends each case's requests (a race's at once) and judges the answers against the case's expectation.</summary>
public sealed class ProbeRunner(HttpClient client, TimeSpan timeout)
{
    public async Task<IReadOnlyList<ProbeResult>> RunAsync(IEnumerable<ProbeCase> cases, ProbeContext context, CancellationToken ct)
    {
        var results = new List<ProbeResult>();
        foreach (var c in cases)
        {
            results.Add(await RunAsync(c, context, ct));
        }

        return results;
    }

    public async Task<ProbeResult> RunAsync(ProbeCase c, ProbeContext context, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var answers = await Task.WhenAll(c.Build(context).Select(r => SendAsync(r, ct)));
        return new ProbeResult(c, Judge(c.Expect, answers), string.Join(" ; ", answers.Select(a => a.ToString())), watch.Elapsed.TotalMilliseconds);
    }

    public static ProbeOutcome Judge(Expect expect, IReadOnlyList<ProbeAnswer> answers)
    {
        if (answers.Any(a => a.Hang))
        {
            return ProbeOutcome.Hang;
        }

        if (answers.Any(a => a.IsInternal))
        {
            return ProbeOutcome.Internal;
        }

        bool Expected(ProbeAnswer a) => (expect.Status is not { } status || a.Status == status || expect.Success)
            && (expect.Codes.Count == 0 ? expect.Status is not null && !expect.Success
                : expect.Field is { } field ? expect.Codes.Any(c => a.UserErrorFields.Contains($"{c} at {field}"))
                : a.Codes.Any(expect.Codes.Contains));

        bool Succeeded(ProbeAnswer a) => a.IsSuccess && (expect.Check is not { } check || (a.Data is { } data && check.Holds(data)));

        if (answers.Count == 1)
        {
            var a = answers[0];
            return (expect.Success && Succeeded(a)) || Expected(a) ? ProbeOutcome.Clear : ProbeOutcome.Other;
        }

        // A race: at most one request may win; every other one gets an expected code.
        int wins = answers.Count(a => a.IsSuccess);
        return wins <= 1 && answers.All(a => Succeeded(a) || Expected(a)) ? ProbeOutcome.Clear : ProbeOutcome.Other;
    }

    private async Task<ProbeAnswer> SendAsync(ProbeRequest r, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(new HttpMethod(r.Method), r.Path);
        if (r.Body is not null)
        {
            request.Content = new ByteArrayContent(r.Body);
            request.Content.Headers.ContentType = null;
            if (r.ContentType is not null)
            {
                // Unvalidated: some cases send a content type no parser accepts.
                request.Content.Headers.TryAddWithoutValidation("Content-Type", r.ContentType);
            }
        }

        if (r.Bearer is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", r.Bearer.Contains(' ') ? r.Bearer : "Bearer " + r.Bearer);
        }

        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(timeout);
        try
        {
            using var response = await client.SendAsync(request, cts.Token);
            byte[] body = await response.Content.ReadAsByteArrayAsync(cts.Token);
            return ProbeAnswer.FromBody((int)response.StatusCode, body);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new ProbeAnswer(0, [], "timeout");
        }
        catch (HttpRequestException e)
        {
            return new ProbeAnswer(0, [], "transport: " + e.Message);
        }
    }
}
