using FsCheck;
using FsCheck.Fluent;

namespace Criteria.PropertyTests.Generators;

/// <summary>Generators of mutations of valid datasets.</summary>
public static class MutationGenerators
{
    private static Gen<int> Any => Gen.Choose(0, int.MaxValue);

    public static Gen<Mutation> Mutation => Gen.OneOf(
        from position in Any from value in Gen.Choose(0, 255) select (Mutation)new Mutation.FlipByte(position, (byte)value),
        Any.Select(length => (Mutation)new Mutation.Truncate(length)),
        Any.Select(which => (Mutation)new Mutation.DeleteField(which)),
        from which in Any from replacement in Any select (Mutation)new Mutation.SwapValue(which, replacement),
        from kind in Gen.Choose(0, 4) from position in Any select (Mutation)new Mutation.Splice(kind, position));

    public static Arbitrary<Mutation[]> Mutations() => Arb.From(Gen.Choose(1, 3).SelectMany(n => Mutation.ArrayOf(n)));

    /// <summary>Edits that keep a document valid by the contract.</summary>
    public static Gen<HarmlessEdit> HarmlessEdit => Gen.OneOf(
        Any.Select(which => (HarmlessEdit)new HarmlessEdit.RemoveOptional(which)),
        Any.Select(which => (HarmlessEdit)new HarmlessEdit.NullOptional(which)),
        Any.Select(which => (HarmlessEdit)new HarmlessEdit.AddUnknown(which)),
        Any.Select(which => (HarmlessEdit)new HarmlessEdit.Reorder(which)),
        Gen.Constant((HarmlessEdit)new HarmlessEdit.Whitespace()));

    public static Arbitrary<HarmlessEdit[]> HarmlessEdits() => Arb.From(Gen.Choose(1, 4).SelectMany(n => HarmlessEdit.ArrayOf(n)));
}
