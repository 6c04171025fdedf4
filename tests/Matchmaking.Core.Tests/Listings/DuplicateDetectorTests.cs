using Matchmaking.Core.Domain;
using Matchmaking.Core.Listings.Duplicates;
using Matchmaking.Core.Search.Index;
using Matchmaking.Core.Seed;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Tests.Listings;

public sealed class DuplicateDetectorTests
{
    private const string Abstract = "针对锂电池极片涂布中厚度不均的问题，本团队开展了系统研究。采用基于机器视觉的在线测厚与闭环控制方法，" +
        "试验结果表明：涂布厚度偏差小于2微米；检测速度达到每分钟80米。已获授权发明专利3项。目前已完成中试验证，技术成熟度约为TRL 6。可采取许可使用、合作开发等方式合作。";

    private const string Other = "面向城市供水管网的漏损定位技术，采用声学传感阵列与深度学习相结合的方法，在多个水务公司开展了示范应用，" +
        "定位误差小于1米，误报率低于5%。已获软件著作权2项，可采取技术服务方式合作。";

    [Fact]
    public void FindFor_RepostWithFullWidthDigitsAndOtherPunctuation_SimilarTextNearOne()
    {
        var detector = Detector();
        var original = Achievement("锂电池极片涂布厚度在线检测技术", Abstract);
        detector.Reset([original, Achievement("供水管网漏损定位技术", Other)]);

        var found = detector.FindFor(Achievement("锂电池极片涂布厚度在线检测技术", Abstract.Replace("，", ", ").Replace("2", "２").Replace("80", "８０")));

        var duplicate = Assert.Single(found);
        Assert.Equal(original.Id, duplicate.Id);
        Assert.Equal(DuplicateReason.SimilarText, duplicate.Reason);
        Assert.True(duplicate.Similarity >= 0.95, $"similarity {duplicate.Similarity}");
    }

    [Fact]
    public void FindFor_SamePatentNumberOtherWording_SamePatentNumber()
    {
        var detector = Detector();
        var original = Achievement("锂电池极片涂布厚度在线检测技术", Abstract, "ZL202110866496.0");
        detector.Reset([original]);

        var found = detector.FindFor(Achievement("供水管网漏损定位技术", Other, "zl 202110866496"));

        Assert.Equal(DuplicateReason.SamePatentNumber, Assert.Single(found).Reason);
    }

    [Fact]
    public void FindFor_UnrelatedTextOrOtherKind_Nothing()
    {
        var detector = Detector();
        var achievement = Achievement("锂电池极片涂布厚度在线检测技术", Abstract);
        detector.Reset([achievement, Achievement("供水管网漏损定位技术", Other)]);

        var demand = new ListingDocument(Guid.NewGuid(), ListingKind.Demand, "锂电池极片涂布厚度在线检测技术", [], Abstract, Industry.NewMaterials, "", "", null);

        Assert.Empty(detector.FindFor(Achievement("城市供水管网漏损声学定位", "完全不同的一段文字，讲的是农业无人机植保喷洒作业的路径规划。")));
        Assert.Empty(detector.FindFor(demand));
        Assert.DoesNotContain(detector.Find(achievement.Id), d => d.Kind != ListingKind.Achievement);
    }

    [Fact]
    public void Apply_UpsertsAndDeletesInOneBucket_LookupsFollow()
    {
        var detector = Detector();
        var copies = Enumerable.Range(0, 5).Select(i => Achievement($"锂电池极片涂布厚度在线检测技术{i}", Abstract)).ToList();
        detector.Reset(copies);
        Assert.Equal(4, detector.Find(copies[0].Id).Count);

        // Removing from the head, the middle and the tail of the shared buckets' chains.
        detector.Apply([], [copies[4].Id, copies[2].Id, copies[0].Id]);
        Assert.Empty(detector.Find(copies[0].Id));
        Assert.Equal([copies[3].Id], detector.Find(copies[1].Id).Select(d => d.Id));

        // An upsert that rewrites a listing's text takes it out of its old group.
        detector.Apply([Achievement("供水管网漏损定位技术", Other) with { Id = copies[3].Id }], []);
        Assert.Empty(detector.Find(copies[1].Id));
        Assert.Equal(2, detector.Count);
    }

    [Fact]
    public void Apply_OneAtATimeAfterReset_SameAnswersAsAResetOfTheResult()
    {
        var generator = new SeedGenerator(SeedSize.ForListings(3_000), 5);
        var docs = generator.Achievements().Select(ListingDocument.From)
            .Concat(generator.Demands().Select(ListingDocument.From))
            .Concat(generator.Duplicates().Select(d => d.Listing).OfType<Achievement>().Select(ListingDocument.From))
            .Concat(generator.Duplicates().Select(d => d.Listing).OfType<Demand>().Select(ListingDocument.From))
            .ToList();

        // Half built at once, the rest published one by one (the buckets' overflow), then an unchanged update and a delete.
        var applied = Detector();
        applied.Reset(docs.Take(docs.Count / 2));
        foreach (var doc in docs.Skip(docs.Count / 2))
        {
            applied.Apply([doc], []);
        }

        applied.Apply([docs[0], docs[^1]], [docs[1].Id, docs[^2].Id]);
        var fresh = Detector();
        fresh.Reset(docs.Where(d => d.Id != docs[1].Id && d.Id != docs[^2].Id));

        Assert.Equal(fresh.Count, applied.Count);
        int found = 0;
        foreach (var doc in docs)
        {
            var expected = fresh.Find(doc.Id);
            Assert.Equal(expected, applied.Find(doc.Id));
            found += expected.Count;
        }

        Assert.True(found >= 40, $"{found} possible duplicates");
    }

    [Fact]
    public void Reset_Disabled_HoldsNothing()
    {
        var detector = new DuplicateDetector(Options.Create(new DuplicateOptions { Enabled = false }));
        var doc = Achievement("锂电池极片涂布厚度在线检测技术", Abstract);
        detector.Reset([doc, doc with { Id = Guid.NewGuid() }]);

        Assert.Equal(0, detector.Count);
        Assert.Empty(detector.FindFor(doc));
    }

    private static DuplicateDetector Detector() => new(Options.Create(new DuplicateOptions()));

    private static ListingDocument Achievement(string title, string text, string? patent = null) =>
        new(Guid.NewGuid(), ListingKind.Achievement, title, ["锂电池", "涂布"], text, Industry.NewMaterials, "安徽省合肥市", "", 6) { IpNumber = patent };
}
