using System.Text.Json;
using System.Text.Json.Serialization;
using Criteria.Collections;

namespace Criteria.Json.Converters;

/// <summary>Reads and writes <see cref="ValueArray{T}"/> as a JSON array.</summary>
internal sealed class ValueArrayConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(ValueArray<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(ValueArrayConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;

    private sealed class ValueArrayConverter<T> : JsonConverter<ValueArray<T>>
    {
        public override ValueArray<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw JsonToken.Expected("an array", ref reader);
            }

            var info = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
            var items = new List<T>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType == JsonTokenType.Null && default(T) is null)
                {
                    throw ContractViolation.AtElement(items.Count, "expected an element, found null"); // no array of a contract holds nulls; a null here would fail whoever uses it later
                }

                try
                {
                    items.Add(JsonSerializer.Deserialize(ref reader, info)!);
                }
                catch (JsonException error)
                {
                    throw ContractViolation.InElement(error, items.Count); // the serializer gives the path down to this array; the element's place is ours to add
                }
            }

            return items.ToValueArray();
        }

        public override void Write(Utf8JsonWriter writer, ValueArray<T> value, JsonSerializerOptions options)
        {
            var info = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
            writer.WriteStartArray();

            // An element type with a converter of the contract's own (a result: 432,000 of them in a large
            // report) is written by that converter directly: a serializer call per element costs more than the element.
            if (info.Converter is JsonConverter<T> own && own.GetType().Assembly != typeof(JsonSerializer).Assembly)
            {
                foreach (var item in value)
                {
                    if (item is null)
                    {
                        writer.WriteNullValue();
                    }
                    else
                    {
                        own.Write(writer, item, options);
                    }
                }
            }
            else
            {
                foreach (var item in value)
                {
                    JsonSerializer.Serialize(writer, item, info);
                }
            }

            writer.WriteEndArray();
        }
    }
}
