using Mono.Cecil;
using Mono.Cecil.Cil;

namespace IntegritySite.Architecture.Tests;

/// <summary>
/// Reads a compiled assembly (Mono.Cecil: no loading, no running) and lists, for each of its folders (namespaces cut
/// to three parts, IntegritySite.Site.Content), the folders of the same assembly whose types it uses: base types,
/// interfaces, fields, signatures, attributes and every type, method and field named in method bodies.
/// </summary>
public static class TypeDependencies
{
    public static Dictionary<string, HashSet<string>> FolderGraph(string assemblyPath) => FolderGraph(assemblyPath, out _);

    /// <param name="examples">For each edge "from -> to", one pair of types that makes it (for the failure message).</param>
    public static Dictionary<string, HashSet<string>> FolderGraph(string assemblyPath, out Dictionary<string, string> examples)
    {
        examples = new Dictionary<string, string>(StringComparer.Ordinal);
        using var assembly = AssemblyDefinition.ReadAssembly(assemblyPath);
        var module = assembly.MainModule;
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in module.GetTypes())
        {
            var from = FolderOf(type);
            if (from is null)
            {
                continue;
            }
            var edges = graph.TryGetValue(from, out var set) ? set : graph[from] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var used in UsedTypes(type))
            {
                if (used.Scope == module || used.Module == module)
                {
                    if (FolderOf(used) is { } to && to != from)
                    {
                        edges.Add(to);
                        examples.TryAdd($"{from} -> {to}", $"{type.FullName} uses {used.FullName}");
                    }
                }
            }
        }
        return graph;
    }

    /// <summary>Every strongly connected group of two or more folders: each is a cycle of imports.</summary>
    public static List<List<string>> Cycles(IReadOnlyDictionary<string, HashSet<string>> graph)
    {
        // Tarjan's algorithm.
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var cycles = new List<List<string>>();
        var next = 0;
        void Visit(string node)
        {
            index[node] = low[node] = next++;
            stack.Push(node);
            onStack.Add(node);
            foreach (var to in graph.GetValueOrDefault(node) ?? [])
            {
                if (!index.ContainsKey(to))
                {
                    Visit(to);
                    low[node] = Math.Min(low[node], low[to]);
                }
                else if (onStack.Contains(to))
                {
                    low[node] = Math.Min(low[node], index[to]);
                }
            }
            if (low[node] == index[node])
            {
                var group = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    group.Add(member);
                }
                while (member != node);
                if (group.Count > 1)
                {
                    group.Sort(StringComparer.Ordinal);
                    cycles.Add(group);
                }
            }
        }
        foreach (var node in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(node))
            {
                Visit(node);
            }
        }
        return cycles;
    }

    private static string? FolderOf(TypeReference type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }
        var ns = type.Namespace;
        if (!ns.StartsWith("IntegritySite.", StringComparison.Ordinal))
        {
            return null;
        }
        var parts = ns.Split('.');
        return string.Join('.', parts.Take(3));
    }

    private static IEnumerable<TypeReference> UsedTypes(TypeDefinition type)
    {
        if (type.BaseType is not null)
        {
            foreach (var t in Expand(type.BaseType)) yield return t;
        }
        foreach (var i in type.Interfaces)
        {
            foreach (var t in Expand(i.InterfaceType)) yield return t;
        }
        foreach (var a in type.CustomAttributes)
        {
            foreach (var t in Expand(a.AttributeType)) yield return t;
        }
        foreach (var field in type.Fields)
        {
            foreach (var t in Expand(field.FieldType)) yield return t;
        }
        foreach (var property in type.Properties)
        {
            foreach (var t in Expand(property.PropertyType)) yield return t;
        }
        foreach (var method in type.Methods)
        {
            foreach (var t in Expand(method.ReturnType)) yield return t;
            foreach (var p in method.Parameters)
            {
                foreach (var t in Expand(p.ParameterType)) yield return t;
            }
            if (!method.HasBody)
            {
                continue;
            }
            foreach (var variable in method.Body.Variables)
            {
                foreach (var t in Expand(variable.VariableType)) yield return t;
            }
            foreach (var instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference t:
                        foreach (var e in Expand(t)) yield return e;
                        break;
                    case MethodReference m:
                        foreach (var e in Expand(m.DeclaringType)) yield return e;
                        foreach (var e in Expand(m.ReturnType)) yield return e;
                        if (m is GenericInstanceMethod g)
                        {
                            foreach (var arg in g.GenericArguments)
                            {
                                foreach (var e in Expand(arg)) yield return e;
                            }
                        }
                        break;
                    case FieldReference f:
                        foreach (var e in Expand(f.DeclaringType)) yield return e;
                        break;
                }
            }
        }
    }

    /// <summary>A type and the types inside it: element types of arrays, arguments of generic types.</summary>
    private static IEnumerable<TypeReference> Expand(TypeReference type)
    {
        switch (type)
        {
            case null:
                // Cecil gives no element type for some type specifications: nothing to follow.
                break;
            case GenericInstanceType generic:
                foreach (var t in Expand(generic.ElementType)) yield return t;
                foreach (var arg in generic.GenericArguments)
                {
                    foreach (var t in Expand(arg)) yield return t;
                }
                break;
            case TypeSpecification spec:
                foreach (var t in Expand(spec.ElementType)) yield return t;
                break;
            case GenericParameter:
                break;
            default:
                yield return type;
                break;
        }
    }
}
