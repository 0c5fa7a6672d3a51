using System.Text;
using System.Text.Json.Nodes;

namespace Criteria.PropertyTests.Generators;

/// <summary>A way to break a valid dataset: what broken exports from the field look like.</summary>
public abstract record Mutation
{
    public abstract byte[] Apply(byte[] valid);

    /// <summary>One byte replaced by another value.</summary>
    public sealed record FlipByte(int Position, byte Value) : Mutation
    {
        public override byte[] Apply(byte[] valid)
        {
            var bytes = (byte[])valid.Clone();
            bytes[Position % bytes.Length] = Value;
            return bytes;
        }
    }

    /// <summary>The file cut short.</summary>
    public sealed record Truncate(int Length) : Mutation
    {
        public override byte[] Apply(byte[] valid) => valid[..(Length % valid.Length)];
    }

    /// <summary>A property somewhere in the document removed.</summary>
    public sealed record DeleteField(int Which) : Mutation
    {
        public override byte[] Apply(byte[] valid) => Edit(valid, Which, (parent, name) => parent.Remove(name));
    }

    /// <summary>A value replaced by a value of another type or an extreme one.</summary>
    public sealed record SwapValue(int Which, int Replacement) : Mutation
    {
        private static readonly Func<JsonNode?>[] Replacements =
        [
            () => JsonValue.Create("text"), () => JsonValue.Create(42), () => JsonValue.Create(-1), () => JsonValue.Create(true),
            () => null, () => new JsonArray(), () => new JsonObject(), () => JsonValue.Create(long.MaxValue),
            () => JsonValue.Create(1e300), () => JsonValue.Create(0.5), () => JsonValue.Create("2023-02-30"),
            () => JsonValue.Create(new string('я', 5000)), () => JsonValue.Create("astronaut"), () => JsonValue.Create(""),
            () => Deep(70),
        ];

        public override byte[] Apply(byte[] valid) =>
            Edit(valid, Which, (parent, name) => parent[name] = Replacements[(int)((uint)Replacement % (uint)Replacements.Length)]());

        private static JsonNode Deep(int levels)
        {
            JsonNode node = new JsonArray();
            for (var i = 0; i < levels; i++)
            {
                node = new JsonArray(node);
            }

            return node;
        }
    }

    /// <summary>A duplicated property, a BOM, or the root replaced: rare shapes a tool can produce.</summary>
    public sealed record Splice(int Kind, int Position) : Mutation
    {
        public override byte[] Apply(byte[] valid)
        {
            var text = Encoding.UTF8.GetString(valid);
            var at = Position % Math.Max(1, text.Length);
            return Encoding.UTF8.GetBytes((Kind % 5) switch
            {
                0 => text.Insert(text.IndexOf('{', StringComparison.Ordinal) + 1, "\"schemaVersion\":\"1.0\","),
                1 => "\uFEFF" + text,
                2 => "[" + text + "]",
                3 => text.Replace("\"1.", "\"2.", StringComparison.Ordinal),
                _ => text.Insert(at, "\u0000\uFFFF"),
            });
        }
    }

    private static void Walk0(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (_, child) in o)
                {
                    Walk0(child);
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    Walk0(child);
                }

                break;
        }
    }

    private static byte[] Edit(byte[] valid, int which, Action<JsonObject, string> edit)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(valid);
            _ = root?.ToJsonString(); // JsonNode reports a duplicated key only when it is enumerated
            Walk0(root);
        }
        catch (Exception error) when (error is System.Text.Json.JsonException or ArgumentException or InvalidOperationException)
        {
            return valid; // already broken: a structural edit does not apply
        }

        if (root is null)
        {
            return valid;
        }

        var properties = new List<(JsonObject Parent, string Name)>();
        void Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (name, child) in o.ToArray())
                    {
                        properties.Add((o, name));
                        Walk(child);
                    }

                    break;
                case JsonArray a:
                    foreach (var child in a)
                    {
                        Walk(child);
                    }

                    break;
            }
        }

        Walk(root);
        if (properties.Count > 0)
        {
            var (parent, name) = properties[(int)((uint)which % (uint)properties.Count)];
            edit(parent, name);
        }

        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }
}
