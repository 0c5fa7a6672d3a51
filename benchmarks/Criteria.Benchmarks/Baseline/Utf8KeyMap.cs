using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Criteria.Benchmarks.Baseline;

/// <summary>
/// Ids (UTF-8 bytes, unescaped) to a number, without a string per id: open addressing over 16-byte slots
/// that hold the key's hash, its value and, for a key of at most 7 bytes (most ids), the key itself, so
/// that a lookup touches one slot; a longer key is kept, after its length, in one growing byte array. For
/// the ids a pass looks up millions of times (a graduate's college, an event's participants). A table
/// of a million ids is far larger than the caches: a caller that knows a key early can compute its hash
/// and <see cref="Prefetch"/> its slot, and look it up with that hash once the slot has arrived.
/// </summary>
internal sealed class Utf8KeyMap
{
    private const ulong Stored = 1UL << 63; // the head is an offset into _keys

    private Slot[] _slots;
    private byte[] _keys = new byte[256];
    private int _keysUsed;
    private int _count;

    /// <summary>A map with room for <paramref name="capacity"/> keys before it grows.</summary>
    /// <param name="capacity">The keys expected.</param>
    public Utf8KeyMap(int capacity = 16) => _slots = new Slot[(int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2))];

    /// <summary>The number of keys.</summary>
    public int Count => _count;

    /// <summary>The hash of a key, for <see cref="Prefetch"/> and the lookups that take one.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The hash, never 0.</returns>
    public static int Hash(ReadOnlySpan<byte> key)
    {
        var h = 0x9E3779B97F4A7C15UL ^ (ulong)key.Length;
        while (key.Length >= 8)
        {
            h = BitOperations.RotateLeft((h ^ BinaryPrimitives.ReadUInt64LittleEndian(key)) * 0xFF51AFD7ED558CCDUL, 29);
            key = key[8..];
        }

        ulong tail = 0;
        for (var i = 0; i < key.Length; i++)
        {
            tail |= (ulong)key[i] << (8 * i);
        }

        h = (h ^ tail) * 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 29;
        h *= 0x94D049BB133111EBUL;
        h ^= h >> 32;
        return (int)(h & 0x7FFFFFFF) | 1;
    }

    /// <summary>Starts bringing the slot of a hash into the cache, without waiting for it.</summary>
    /// <param name="hash">The key's hash.</param>
    public unsafe void Prefetch(int hash)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref _slots[hash & (_slots.Length - 1)])); // a hint: the array moving meanwhile costs nothing
        }
    }

    /// <summary>The value of a key, added with the value 0 when the key is new.</summary>
    /// <param name="key">The key.</param>
    /// <returns>A reference to the value.</returns>
    public ref int GetOrAdd(ReadOnlySpan<byte> key) => ref GetOrAdd(key, Hash(key));

    /// <summary>The value of a key whose hash is known, added with the value 0 when the key is new.</summary>
    /// <param name="key">The key.</param>
    /// <param name="hash">Its <see cref="Hash"/>.</param>
    /// <returns>A reference to the value.</returns>
    public ref int GetOrAdd(ReadOnlySpan<byte> key, int hash)
    {
        if ((_count + 1) * 2 > _slots.Length)
        {
            Grow();
        }

        var head = Head(key);
        var mask = _slots.Length - 1;
        for (var at = hash & mask; ; at = (at + 1) & mask)
        {
            ref var slot = ref _slots[at];
            if (slot.Hash == 0)
            {
                slot.Hash = hash;
                slot.Head = head != Stored ? head : Store(key);
                _count++;
                return ref slot.Value;
            }

            if (slot.Hash == hash && Matches(slot.Head, head, key))
            {
                return ref slot.Value;
            }
        }
    }

    /// <summary>The value of a key, when the map has it.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">Its value.</param>
    /// <returns>True when the key is there.</returns>
    public bool TryGetValue(ReadOnlySpan<byte> key, out int value) => TryGetValue(key, Hash(key), out value);

    /// <summary>The value of a key whose hash is known, when the map has it.</summary>
    /// <param name="key">The key.</param>
    /// <param name="hash">Its <see cref="Hash"/>.</param>
    /// <param name="value">Its value.</param>
    /// <returns>True when the key is there.</returns>
    public bool TryGetValue(ReadOnlySpan<byte> key, int hash, out int value)
    {
        var head = Head(key);
        var mask = _slots.Length - 1;
        for (var at = hash & mask; ; at = (at + 1) & mask)
        {
            ref var slot = ref _slots[at];
            if (slot.Hash == 0)
            {
                value = 0;
                return false;
            }

            if (slot.Hash == hash && Matches(slot.Head, head, key))
            {
                value = slot.Value;
                return true;
            }
        }
    }

    /// <summary>A key of at most 7 bytes with its length in the top byte; <see cref="Stored"/> for a longer one.</summary>
    private static ulong Head(ReadOnlySpan<byte> key)
    {
        if (key.Length > 7)
        {
            return Stored;
        }

        ulong head = 0;
        for (var i = 0; i < key.Length; i++)
        {
            head |= (ulong)key[i] << (8 * i);
        }

        return head | ((ulong)key.Length << 56);
    }

    private bool Matches(ulong slotHead, ulong head, ReadOnlySpan<byte> key)
    {
        if (head != Stored)
        {
            return slotHead == head;
        }

        if ((slotHead & Stored) == 0)
        {
            return false;
        }

        var at = (int)(slotHead & ~Stored);
        return BinaryPrimitives.ReadInt32LittleEndian(_keys.AsSpan(at)) == key.Length && key.SequenceEqual(_keys.AsSpan(at + 4, key.Length));
    }

    private ulong Store(ReadOnlySpan<byte> key)
    {
        if (_keysUsed + 4 + key.Length > _keys.Length)
        {
            Array.Resize(ref _keys, Math.Max(_keys.Length * 2, _keysUsed + 4 + key.Length));
        }

        var at = _keysUsed;
        BinaryPrimitives.WriteInt32LittleEndian(_keys.AsSpan(at), key.Length);
        key.CopyTo(_keys.AsSpan(at + 4));
        _keysUsed += 4 + key.Length;
        return Stored | (uint)at;
    }

    private void Grow()
    {
        var slots = new Slot[_slots.Length * 2];
        var mask = slots.Length - 1;
        foreach (var slot in _slots)
        {
            if (slot.Hash != 0)
            {
                var at = slot.Hash & mask;
                while (slots[at].Hash != 0)
                {
                    at = (at + 1) & mask;
                }

                slots[at] = slot;
            }
        }

        _slots = slots;
    }

    private struct Slot
    {
        public ulong Head;
        public int Hash;
        public int Value;
    }
}
