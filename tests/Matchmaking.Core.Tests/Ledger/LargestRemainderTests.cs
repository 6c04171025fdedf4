using Matchmaking.Core.Ledger;

namespace Matchmaking.Core.Tests.Ledger;

public sealed class LargestRemainderTests
{
    [Fact]
    public void Split_RandomAmountsAndWeights_PartsSumExactlyWithinOneFenAndNeverNegative()
    {
        var random = new Random(20261127);
        for (int run = 0; run < 20_000; run++)
        {
            decimal amount = random.Next(4) switch
            {
                0 => random.Next(0, 100) / 100m,
                1 => random.Next(0, 1_000_000) / 100m,
                _ => (decimal)random.NextInt64(0, 100_000_000_000_000) / 100m,
            };
            var weights = Enumerable.Range(0, random.Next(1, 8)).Select(_ => (decimal)random.Next(0, 10_001)).ToList();
            if (weights.Sum() == 0)
            {
                weights[0] = 1;
            }

            decimal[] parts = LargestRemainder.Split(amount, weights);

            Assert.Equal(amount, parts.Sum());
            for (int i = 0; i < parts.Length; i++)
            {
                decimal exact = amount * weights[i] / weights.Sum();
                Assert.True(parts[i] >= 0, $"run {run}: part {i} is {parts[i]}");
                Assert.True(Math.Abs(parts[i] - exact) < 0.01m, $"run {run}: part {i} is {parts[i]}, exact {exact}");
                Assert.Equal(parts[i], decimal.Round(parts[i], 2));
            }
        }
    }

    [Theory]
    [InlineData("333333.33", "166666.66", "50000.00", "66666.67", "50000.00")]
    [InlineData("333333.34", "166666.67", "50000.00", "66666.67", "50000.00")]
    public void Split_ExamplePolicy_LargestRemaindersGetTheCents(string amount, string inventors, string institution, string broker, string platform)
    {
        decimal[] parts = LargestRemainder.Split(decimal.Parse(amount), [5_000m, 1_500m, 2_000m, 1_500m]);

        Assert.Equal([decimal.Parse(inventors), decimal.Parse(institution), decimal.Parse(broker), decimal.Parse(platform)], parts);
    }

    [Fact]
    public void Split_Tie_EarlierWeightGetsTheCent()
    {
        Assert.Equal([0.01m, 0m], LargestRemainder.Split(0.01m, [1m, 1m]));
    }

    [Fact]
    public void Split_FractionOfFen_Throws()
    {
        Assert.Throws<ArgumentException>(() => LargestRemainder.Split(1.005m, [1m]));
    }
}
