using BenchmarkDotNet.Running;

// Run all: dotnet run -c Release --project tests/PrivateTraffic.Core.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
