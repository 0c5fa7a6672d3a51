using System.Text;
using System.Text.Json.Nodes;

namespace Criteria.PropertyTests.Generators;

/// <summary>
/// An edit of a valid dataset document that keeps it valid by the contract: the reader must read the
/// result and the evaluator evaluate it — a refusal is a bug, not robustness.
/// </summary>
public abstract record HarmlessEdit
{
    // Optional members (absent = null = "no"); every required one (ids, collegeId, outcome, status, kind,
    // date, period, schemaVersion, spo1.total, targetedContract.employerId) is left alone.
    private static readonly HashSet<string> Optional = new(StringComparer.Ordinal)
    {
        "region", "name", "workPlan", "websiteSection", "messengerChats", "vacancyBank", "spo1", "disabled", "disabledChild",
        "limitedHealth", "defenseIndustry", "employerIds", "participantIds", "specialty", "health", "ais", "youngSpecialistEligible",
        "support", "resumes", "atRisk", "guidance", "vacancyInvitations", "targetedContract", "byProfile", "extensions", "url",
        "approved", "containsCriteria", "checklist", "platform", "members", "lastActivity", "partnerVacancies", "updatedOn",
        "registered", "careerTrack", "formed", "regionalMeasures", "resumeAndInterview", "postedInAis", "correct", "diagnosticsRecommendation",
    };

    /// <summary>Applies the edit to a valid document.</summary>
    public abstract byte[] Apply(byte[] valid);

    /// <summary>Removes an optional member.</summary>
    public sealed record RemoveOptional(int Which) : HarmlessEdit
    {
        public override byte[] Apply(byte[] valid) => Edit(valid, Which, optionalOnly: true, (parent, name) => parent.Remove(name));
    }

    /// <summary>Sets an optional member to null, which means the same as absent.</summary>
    public sealed record NullOptional(int Which) : HarmlessEdit
    {
        public override byte[] Apply(byte[] valid) => Edit(valid, Which, optionalOnly: true, (parent, name) => parent[name] = null);
    }

    /// <summary>Adds a property the contract does not know (a DQ10 warning, never a refusal).</summary>
    public sealed record AddUnknown(int Which) : HarmlessEdit
    {
        public override byte[] Apply(byte[] valid) => Edit(valid, Which, optionalOnly: false, (parent, _) => parent["fromANewerMinorVersion"] = new JsonObject { ["x"] = 1 });
    }

    /// <summary>Reverses the order of an object's properties.</summary>
    public sealed record Reorder(int Which) : HarmlessEdit
    {
        public override byte[] Apply(byte[] valid) => Edit(valid, Which, optionalOnly: false, (parent, _) =>
        {
            var members = parent.ToArray();
            parent.Clear();
            foreach (var (name, value) in members.Reverse())
            {
                parent[name] = value;
            }
        });
    }

    /// <summary>A byte-order mark and whitespace around the document.</summary>
    public sealed record Whitespace : HarmlessEdit
    {
        public override byte[] Apply(byte[] valid) =>
            [0xEF, 0xBB, 0xBF, (byte)'\n', (byte)' ', .. valid.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]) ? valid[3..] : valid, (byte)'\r', (byte)'\n'];
    }

    private static byte[] Edit(byte[] valid, int which, bool optionalOnly, Action<JsonObject, string> edit)
    {
        var text = Encoding.UTF8.GetString(valid).TrimStart('\uFEFF');
        var root = JsonNode.Parse(text)!;
        var places = new List<(JsonObject Parent, string Name)>();
        void Walk(JsonNode? node, bool inExtension)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (name, child) in o.ToArray())
                    {
                        if (!inExtension && (!optionalOnly || Optional.Contains(name)))
                        {
                            places.Add((o, name));
                        }

                        Walk(child, inExtension || name is "extensions" or "checklist");
                    }

                    break;
                case JsonArray a:
                    foreach (var child in a)
                    {
                        Walk(child, inExtension);
                    }

                    break;
            }
        }

        Walk(root, inExtension: false);
        if (places.Count > 0)
        {
            var (parent, name) = places[(int)((uint)which % (uint)places.Count)];
            edit(parent, name);
        }

        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }
}
