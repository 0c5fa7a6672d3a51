using System.Text.RegularExpressions;
using Xunit;

namespace Criteria.Cli.Tests;

public sealed partial class HtmlReportTests
{
    private static async Task<string> RenderAsync(params string[] extra)
    {
        var file = Path.Combine(Path.GetTempPath(), $"criteria-{Guid.NewGuid():N}.html");
        var (exit, _, stderr) = await CriteriaCommand.RunAsync(["evaluate", CriteriaCommand.Sample("small-region.json"), "--format", "html", "--out", file, .. extra]);
        Assert.True(exit == 0, stderr);
        return file;
    }

    [Fact]
    public async Task The_html_report_is_one_self_contained_page_with_a_chart_per_criterion()
    {
        var profile = CriteriaCommand.TempFile("""{"targets":{"2.1":0.5,"1.1":0.5}}""");
        var html = await File.ReadAllTextAsync(await RenderAsync("--profile", profile));

        Assert.StartsWith("<!DOCTYPE html><html lang=\"ru\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(ExternalReference(), html);
        Assert.Equal(24, SvgChart().Matches(html).Count);
        Assert.Contains("class=\"target\"", html, StringComparison.Ordinal);
        Assert.Contains("Доля студентов-выпускников, зарегистрированных в АИС", html, StringComparison.Ordinal);
        Assert.Contains("Замечания к данным (1)", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_html_report_speaks_english_on_request()
    {
        var html = await File.ReadAllTextAsync(await RenderAsync("--lang", "en"));
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("Share of graduates registered in the AIS", html, StringComparison.Ordinal);
        Assert.Contains("Region summary", html, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_html_report_renders_in_headless_chromium()
    {
        var (dom, screenshot) = await RenderInChromiumAsync(Chromium(), await RenderAsync(), "html-report.png");
        Assert.Equal(24, SvgChart().Matches(dom.Stdout).Count);
        Assert.DoesNotContain("Uncaught", dom.Stderr, StringComparison.Ordinal);
        Assert.True(new FileInfo(screenshot).Length > 20_000, "the screenshot is (nearly) empty");
    }

    [Fact]
    public async Task The_html_report_ranks_the_colleges_and_marks_each_colleges_own_target_on_its_bar()
    {
        var html = await File.ReadAllTextAsync(await RenderAsync("--profile", CriteriaCommand.Sample("expectations-profile.json")));

        Assert.Equal(25, SvgChart().Matches(html).Count); // the ranking, then a chart per criterion
        Assert.Contains("<section class=\"rating\" id=\"rating\"><h2>Рейтинг колледжей</h2>", html, StringComparison.Ordinal);
        Assert.Contains("1. Колледж 1</text>", html, StringComparison.Ordinal);
        // Σw = 17; c1: 2·1/3 + 2·2/3 + 1/3 + 1/3 + 2/3 (3.3 per graduate) + 1 (5.1) + 2·1/2 + 3·1/3 + 3·(1 − 1/3) + (1 − 1/3) = 9 → 900/17 = 52.94
        Assert.Contains(">52,94 · покрытие 100 %</text>", html, StringComparison.Ordinal);
        Assert.Contains(">47,06 · покрытие 100 %</text>", html, StringComparison.Ordinal); // c2: 1 + 1 + 2 + 3 + 1 = 8 → 800/17
        Assert.Equal(4 + 4, OwnTargetMark().Matches(html).Count); // c1's 2.1, 5.4, 3.3 and c2's 5.9 on their bars, and the legend under each of those four charts
    }

    [Fact]
    public async Task A_colleges_card_is_one_printable_page_with_its_rating_and_every_result_beside_the_regions()
    {
        var html = await File.ReadAllTextAsync(await RenderAsync("--profile", CriteriaCommand.Sample("expectations-profile.json"), "--college", "c1"));

        Assert.StartsWith("<!DOCTYPE html><html lang=\"ru\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>Карточка колледжа — Колледж 1</title>", html, StringComparison.Ordinal);
        Assert.Contains("<span>Индекс</span><b>52,94</b>", html, StringComparison.Ordinal);
        Assert.Contains("<span>Место</span><b>1 из 2</b>", html, StringComparison.Ordinal);
        // 2.1 in the cohort all: 1 of 3, held to its own 30 % (met), the region's 50 % beside it (not met), the region 1 of 4, first of two
        Assert.Contains("<td>все</td><td class=\"num\">1 из 3 &#183; 33,3 %</td><td class=\"num\">≥ 30 %<div class=\"whose own\">цель колледжа</div><div class=\"whose\">цель региона ≥ 50 %: не выполнен</div></td><td><span class=\"badge met\">выполнен</span></td><td class=\"num\">1 из 4 &#183; 25,0 %</td><td class=\"num\">1 из 2</td>", html, StringComparison.Ordinal);
        Assert.Single(SvgChart().Matches(html)); // the parts of the index
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(ExternalReference(), html);
    }

    [Fact]
    public async Task A_card_of_a_college_the_dataset_lacks_is_refused_with_the_colleges_it_has()
    {
        var (exit, _, stderr) = await CriteriaCommand.RunAsync("evaluate", CriteriaCommand.Sample("small-region.json"), "--college", "c7", "--format", "html");

        Assert.Equal(2, exit);
        Assert.Contains("--college: the dataset has no college 'c7'; its colleges: c1, c2", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_rating_page_and_a_card_render_in_headless_chromium()
    {
        var chromium = Chromium();
        var profile = CriteriaCommand.Sample("expectations-profile.json");
        foreach (var (page, charts, name) in new[]
        {
            (await RenderAsync("--profile", profile), 25, "html-report-rating.png"),
            (await RenderAsync("--profile", profile, "--college", "c1"), 1, "html-card.png"),
            (await RenderAsync("--profile", profile, "--college", "c2", "--lang", "en"), 1, "html-card-en.png"),
        })
        {
            var (dom, screenshot) = await RenderInChromiumAsync(chromium, page, name);
            Assert.Equal(charts, SvgChart().Matches(dom.Stdout).Count);
            Assert.DoesNotContain("Uncaught", dom.Stderr, StringComparison.Ordinal);
            Assert.True(new FileInfo(screenshot).Length > 20_000, $"the screenshot of {name} is (nearly) empty");
        }
    }

    internal static string Chromium()
    {
        var chromium = FindOnPath("chromium", "chromium-browser");
        if (chromium is null)
        {
            // .ci/run installs Debian's chromium and sets CI=true: there its absence is a failure; elsewhere a visible skip.
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "chromium is not on the PATH on CI: .ci/run should have installed it");
            throw new SkipException("chromium (or chromium-browser) is not on the PATH: the page cannot be rendered here");
        }

        return chromium;
    }

    /// <summary>The page's DOM as headless Chromium builds it (with its console on stderr), and a screenshot of it in the test's output.</summary>
    internal static async Task<((int ExitCode, string Stdout, string Stderr) Dom, string Screenshot)> RenderInChromiumAsync(string chromium, string page, string name)
    {
        var artifacts = Path.Combine(AppContext.BaseDirectory, "TestResults");
        Directory.CreateDirectory(artifacts);
        var screenshot = Path.Combine(artifacts, name);
        var profile = Path.Combine(Path.GetTempPath(), $"chromium-{Guid.NewGuid():N}");
        string[] flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", $"--user-data-dir={profile}"];
        var dom = await CriteriaCommand.RunProcessAsync(chromium, [.. flags, "--dump-dom", "--enable-logging=stderr", "--v=0", new Uri(page).AbsoluteUri]);
        await CriteriaCommand.RunProcessAsync(chromium, [.. flags, "--window-size=1000,1400", $"--screenshot={screenshot}", new Uri(page).AbsoluteUri]);
        return (dom, screenshot);
    }

    private static string? FindOnPath(params string[] names) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(directory => names.Select(name => Path.Combine(directory, name)))
            .FirstOrDefault(File.Exists);

    [GeneratedRegex("<svg class=\"chart\"")]
    private static partial Regex SvgChart();

    [GeneratedRegex("<line [^>]*class=\"own-target\"")]
    private static partial Regex OwnTargetMark();

    [GeneratedRegex("(src|href)=\"(https?:)?//")]
    private static partial Regex ExternalReference();
}
