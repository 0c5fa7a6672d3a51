using System.Globalization;
using System.Text.Json;

namespace Criteria.Cli.Tests;

/// <summary>
/// <c>--format xlsx</c> opened by the program people use: LibreOffice Calc (headless) converts each sheet of the
/// workbook to CSV, and the values it read are the report's.
/// </summary>
public sealed class WorkbookCommandTests
{
    private static string Office()
    {
        var office = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(directory => new[] { "soffice", "libreoffice" }.Select(name => Path.Combine(directory, name)))
            .FirstOrDefault(File.Exists);
        if (office is null)
        {
            // .ci/run installs Debian's libreoffice-calc-nogui and sets CI=true: there its absence is a failure; elsewhere a visible skip.
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "LibreOffice is not on the PATH on CI: .ci/run should have installed it");
            throw new SkipException("LibreOffice (soffice) is not on the PATH: the workbook cannot be opened here");
        }

        return office;
    }

    /// <summary>Every sheet of a workbook as LibreOffice reads it: sheet name → rows of cells (UTF-8 CSV, values as shown).</summary>
    private static async Task<Dictionary<string, List<string[]>>> OpenedAsync(string office, string workbook)
    {
        var folder = Directory.CreateTempSubdirectory("criteria-calc-").FullName;
        var profile = new Uri(Directory.CreateTempSubdirectory("criteria-calc-profile-").FullName).AbsoluteUri;
        var (exit, stdout, stderr) = await CriteriaCommand.RunProcessAsync(
            office, $"-env:UserInstallation={profile}", "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1", "--outdir", folder, workbook);
        Assert.True(exit == 0, stdout + stderr);
        var prefix = Path.GetFileNameWithoutExtension(workbook) + "-";
        return Directory.GetFiles(folder, "*.csv").ToDictionary(
            file => Path.GetFileNameWithoutExtension(file)[prefix.Length..],
            file => File.ReadAllLines(file).Select(Split).ToList());
    }

    private static string[] Split(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return [.. cells];
    }

    [SkippableFact]
    public async Task A_region_workbook_opens_in_libreoffice_with_the_reports_numbers()
    {
        var office = Office();
        var profile = CriteriaCommand.Sample("expectations-profile.json");
        var workbook = Path.Combine(Path.GetTempPath(), $"criteria-{Guid.NewGuid():N}.xlsx");
        var (exit, _, stderr) = await CriteriaCommand.RunAsync("evaluate", CriteriaCommand.Sample("small-region.json"), "--profile", profile, "--format", "xlsx", "--out", workbook);
        Assert.True(exit == 0, stderr);
        var json = await CriteriaCommand.RunAsync("evaluate", CriteriaCommand.Sample("small-region.json"), "--profile", profile, "--format", "json");
        using var report = JsonDocument.Parse(json.Stdout);

        var sheets = await OpenedAsync(office, workbook);

        Assert.Equal(["Замечания к данным", "Критерии", "Матрица", "Регион", "Результаты", "Рейтинг колледжей", "Сведения"], sheets.Keys.Order(StringComparer.Ordinal));
        var matrix = sheets["Матрица"];
        Assert.Equal(["ID", "Колледж", "Индекс", "Место", "1.1", "1.2"], matrix[0][..6]);
        var compared = 0;
        foreach (var college in report.RootElement.GetProperty("colleges").EnumerateArray())
        {
            var row = matrix.Single(r => r[0] == college.GetProperty("id").GetString());
            foreach (var result in college.GetProperty("results").EnumerateArray().Where(r => r.GetProperty("cohort").GetString() == "all"))
            {
                var shown = row[Array.IndexOf(matrix[0], result.GetProperty("code").GetString())];
                var value = result.GetProperty("value");
                switch (value.ValueKind)
                {
                    case JsonValueKind.True or JsonValueKind.False:
                        Assert.Equal(value.GetBoolean() ? "TRUE" : "FALSE", shown);
                        break;
                    case JsonValueKind.Null:
                        Assert.Equal("", shown);
                        break;
                    default:
                        // A share shown as a percentage with one decimal (its exact value kept in the cell), a count as a whole number.
                        var expected = result.TryGetProperty("denominator", out _)
                            ? (value.GetDouble() * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%"
                            : value.GetInt64().ToString(CultureInfo.InvariantCulture);
                        Assert.Equal(expected, shown);
                        break;
                }

                compared++;
            }
        }

        Assert.Equal(48, compared);
        Assert.Equal(["1", "c1", "Колледж 1", "52.94", "100.0%"], sheets["Рейтинг колледжей"][1][..5]);
        Assert.Equal("01.12.2023", sheets["Сведения"].Single(r => r[0] == "Мониторинг на")[1]);
    }

    [SkippableFact]
    public async Task A_semicolon_csv_opens_in_a_russian_locale_spreadsheet_with_numbers_not_text()
    {
        var office = Office();
        var folder = Directory.CreateTempSubdirectory("criteria-calc-").FullName;
        var csv = Path.Combine(folder, "ru.csv");
        var (made, _, madeError) = await CriteriaCommand.RunAsync("evaluate", CriteriaCommand.Sample("small-region.json"), "--format", "csv", "--csv-separator", "semicolon", "--out", csv);
        Assert.True(made == 0, madeError);

        // Opened as a Russian-locale Calc opens it: ';' between cells, '"' around text, UTF-8, language ru-RU (1049).
        var profile = new Uri(Directory.CreateTempSubdirectory("criteria-calc-profile-").FullName).AbsoluteUri;
        var (exit, stdout, stderr) = await CriteriaCommand.RunProcessAsync(
            office, $"-env:UserInstallation={profile}", "--headless", "--infilter=CSV:59,34,76,1,,1049", "--convert-to", "xlsx", "--outdir", folder, csv);
        Assert.True(exit == 0, stdout + stderr);
        using var workbook = System.IO.Compression.ZipFile.OpenRead(Path.Combine(folder, "ru.xlsx"));
        using var reader = new StreamReader(workbook.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var sheet = await reader.ReadToEndAsync();

        // Row 3 is c1's 1.2 (7 of 8): value 0,875 and percent 87,5 read as the numbers 0.875 and 87.5, not as text.
        Assert.Matches("<c r=\"H3\"[^>]* t=\"n\"[^>]*><v>0.875</v>", sheet);
        Assert.Matches("<c r=\"I3\"[^>]* t=\"n\"[^>]*><v>87.5</v>", sheet);
        Assert.Matches("<c r=\"C3\"[^>]* t=\"s\"", sheet); // the code 1.2 stays text
    }

    [SkippableFact]
    public async Task Trend_and_compare_workbooks_open_in_libreoffice()
    {
        var office = Office();
        string[] periods = [.. new[] { "2023-09", "2023-10", "2023-12" }.Select(m => CriteriaCommand.Sample(Path.Combine("trend", $"small-region-{m}.json")))];
        var trend = Path.Combine(Path.GetTempPath(), $"criteria-trend-{Guid.NewGuid():N}.xlsx");
        var compare = Path.Combine(Path.GetTempPath(), $"criteria-compare-{Guid.NewGuid():N}.xlsx");
        var made = await CriteriaCommand.RunAsync(["trend", .. periods, "--format", "xlsx", "--out", trend]);
        Assert.True(made.ExitCode == 0, made.Stderr);
        made = await CriteriaCommand.RunAsync("compare", periods[0], periods[2], "--format", "xlsx", "--out", compare);
        Assert.True(made.ExitCode == 0, made.Stderr);

        var region = (await OpenedAsync(office, trend))["Регион"];
        Assert.Equal(["Код", "Критерий", "Когорта", "01.09.2023", "01.10.2023", "01.12.2023", "Изменение", "Направление"], region[0]);
        var atRisk = region.Single(r => r[0] == "5.9" && r[2] == "все");
        Assert.Equal(["33.3%", "25.0%", "0.0%", "-33.3", "лучше"], atRisk[3..]); // 1/3 → 1/4 → 0/4: −33.3 percentage points, better

        var rows = (await OpenedAsync(office, compare))["Сравнение"];
        var registered = rows.Single(r => r[0] == "Регион" && r[1] == "2.1" && r[3] == "все");
        Assert.Equal(["33.3%", "50.0%", "+16.7"], registered[4..7]); // 1/3 → 2/4: +16.7 percentage points, as the trend workbook writes a change
    }

    [Fact]
    public async Task A_workbook_goes_to_a_redirected_standard_output_as_its_bytes()
    {
        // The tests' standard output is redirected: the workbook goes there as bytes (a zip), as a pipe would take it.
        var (exit, stdout, _) = await CriteriaCommand.RunAsync("evaluate", CriteriaCommand.Sample("small-region.json"), "--format", "xlsx");
        Assert.Equal(0, exit);
        Assert.StartsWith("PK", stdout, StringComparison.Ordinal);
    }
}
