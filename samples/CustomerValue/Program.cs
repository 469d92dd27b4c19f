// CustomerValue: turn a transaction log into customer-base summaries and see the base's value tiers.
//   dotnet run --project samples/CustomerValue                        (demo: CDNOW from ../shared, or a simulated base)
//   dotnet run --project samples/CustomerValue -- summarize --transactions FILE --calibration-end 1997-09-30 --unit weeks [--format csv|cdnow] [--output FILE]
using CustomerValue;

return Commands.Run(args);
