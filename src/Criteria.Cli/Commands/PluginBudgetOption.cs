using System.CommandLine;

namespace Criteria.Cli.Commands;

/// <summary><c>--plugin-budget 30s</c>: how long a plugin may run in one evaluation before it is cut off.</summary>
internal static class PluginBudgetOption
{
    public static Option<TimeSpan?> Create() => new("--plugin-budget")
    {
        Description = "How long a plugin may run in one evaluation (500ms, 30s, 2m, 1h; none for no limit; default 2m). When it passes, the plugin's criteria are 'error' and the rest is reported.",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (Duration.TryParse(text, out var budget))
            {
                return budget;
            }

            result.AddError($"'{text}' is not a duration for --plugin-budget: write for example 500ms, 30s, 2m or 1h (below 24 days), or none");
            return null;
        },
    };
}
