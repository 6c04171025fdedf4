using System.Globalization;

namespace Matchmaking.Core.Seed;

/// <summary>Reports progress at every tenth of the work, however large the run.</summary>
internal sealed class ProgressMeter(long total, IProgress<string>? progress)
{
    private long done;
    private int lastTenth;

    public void Step()
    {
        done++;
        int tenth = total == 0 ? 10 : (int)(done * 10 / total);
        if (tenth > lastTenth && tenth < 10)
        {
            lastTenth = tenth;
            progress?.Report(string.Create(CultureInfo.InvariantCulture, $"seed: {tenth * 10}% ({done:N0} of {total:N0} records)"));
        }
    }

    public void Finish() =>
        progress?.Report(string.Create(CultureInfo.InvariantCulture, $"seed: 100% ({total:N0} records)"));
}
