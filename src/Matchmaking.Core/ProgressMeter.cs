using System.Diagnostics;
using System.Globalization;

namespace Matchmaking.Core;

/// <summary>
/// Progress of one long phase (seed, import, index build) as lines with the count, the rate and an ETA:
/// at every tenth of the work and at least every <see cref="Interval"/>, so a run of any size shows it is moving.
/// </summary>
public sealed class ProgressMeter(string phase, long total, IProgress<string>? progress)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    private readonly Stopwatch watch = Stopwatch.StartNew();
    private long done;
    private int lastTenth;
    private TimeSpan lastReport;

    public void Step(long count = 1) => ReportAt(done + count);

    /// <summary>Records that <paramref name="completed"/> items are done in all.</summary>
    public void ReportAt(long completed)
    {
        done = completed;
        int tenth = total <= 0 ? 0 : (int)Math.Min(10, done * 10 / total);
        var elapsed = watch.Elapsed;
        if ((tenth > lastTenth && tenth < 10) || elapsed - lastReport >= Interval)
        {
            lastTenth = Math.Max(lastTenth, tenth);
            lastReport = elapsed;
            progress?.Report(Line(elapsed));
        }
    }

    public void Finish()
    {
        double seconds = Math.Max(watch.Elapsed.TotalSeconds, 1e-3);
        progress?.Report(string.Create(CultureInfo.InvariantCulture, $"{phase}: 100% ({done:N0} in {seconds:F1} s, {done / seconds:N0}/s)"));
    }

    private string Line(TimeSpan elapsed)
    {
        double rate = done / Math.Max(elapsed.TotalSeconds, 1e-3);
        if (total <= 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{phase}: {done:N0} ({rate:N0}/s)");
        }

        double eta = rate > 0 ? Math.Max(0, total - done) / rate : double.NaN;
        string etaText = double.IsFinite(eta) ? $"ETA {eta:F0} s" : "ETA unknown";
        return string.Create(CultureInfo.InvariantCulture, $"{phase}: {100 * done / total}% ({done:N0} of {total:N0}), {rate:N0}/s, {etaText}");
    }
}
