namespace Matchmaking.Core.Embeddings.Training;

/// <summary>
/// Writes the project's embedding model as a plain ONNX graph (opset 13, standard operators only):
/// ids [N,L] int64, counts [N,L] float → Gather idf, × counts → Gather projection rows, weighted sum
/// over L → L2 normalisation → embedding [N,D]. Field numbers are those of onnx.proto.
/// </summary>
internal static class HashedNgramGraph
{
    private const int FloatType = 1;
    private const int Int64Type = 7;
    private const int AttributeInt = 2;

    public static byte[] Build(float[] idf, float[] projection, int dimension, string producer)
    {
        int buckets = idf.Length;
        var model = new ProtoWriter()
            .Int(1, 8) // ir_version
            .String(2, producer)
            .Message(8, o => o.String(1, "").Int(2, 13)) // opset_import ai.onnx 13
            .Message(7, g =>
            {
                g.Message(1, n => Node(n, "Gather", ["idf", HashedNgramEncoder.IdsInput], ["idf_w"]));
                g.Message(1, n => Node(n, "Mul", ["idf_w", HashedNgramEncoder.CountsInput], ["w"]));
                g.Message(1, n => Node(n, "Unsqueeze", ["w", "axis2"], ["w3"]));
                g.Message(1, n => Node(n, "Gather", ["projection", HashedNgramEncoder.IdsInput], ["rows"]));
                g.Message(1, n => Node(n, "Mul", ["rows", "w3"], ["weighted"]));
                g.Message(1, n => Node(n, "ReduceSum", ["weighted", "axis1"], ["sum"], ("keepdims", 0)));
                g.Message(1, n => Node(n, "LpNormalization", ["sum"], [HashedNgramEncoder.Output], ("axis", 1), ("p", 2)));
                g.String(2, "hashed_ngram_embedding");
                g.Message(5, t => Tensor(t, "idf", [buckets], FloatType, ProtoWriter.RawFloats(idf)));
                g.Message(5, t => Tensor(t, "projection", [buckets, dimension], FloatType, ProtoWriter.RawFloats(projection)));
                g.Message(5, t => Tensor(t, "axis1", [1], Int64Type, ProtoWriter.RawInt64s([1])));
                g.Message(5, t => Tensor(t, "axis2", [1], Int64Type, ProtoWriter.RawInt64s([2])));
                g.Message(11, v => Value(v, HashedNgramEncoder.IdsInput, Int64Type, ["N", "L"]));
                g.Message(11, v => Value(v, HashedNgramEncoder.CountsInput, FloatType, ["N", "L"]));
                g.Message(12, v => Value(v, HashedNgramEncoder.Output, FloatType, ["N", dimension]));
            });
        return model.ToArray();
    }

    private static void Node(ProtoWriter n, string op, string[] inputs, string[] outputs, params (string Name, long Value)[] attributes)
    {
        foreach (string input in inputs)
        {
            n.String(1, input);
        }

        foreach (string output in outputs)
        {
            n.String(2, output);
        }

        n.String(3, op + "_" + outputs[0]).String(4, op);
        foreach (var (name, value) in attributes)
        {
            n.Message(5, a => a.String(1, name).Int(3, value).Int(20, AttributeInt));
        }
    }

    private static void Tensor(ProtoWriter t, string name, long[] dims, int type, byte[] raw)
    {
        foreach (long d in dims)
        {
            t.Int(1, d);
        }

        t.Int(2, type).String(8, name).Bytes(9, raw);
    }

    /// <summary>ValueInfoProto; each dimension is a symbolic name (string) or a fixed size (int).</summary>
    private static void Value(ProtoWriter v, string name, int type, object[] dims) =>
        v.String(1, name).Message(2, tp => tp.Message(1, tensor => tensor.Int(1, type).Message(2, shape =>
        {
            foreach (object dim in dims)
            {
                shape.Message(1, d => _ = dim is string symbol ? d.String(2, symbol) : d.Int(1, Convert.ToInt64(dim)));
            }
        })));
}
