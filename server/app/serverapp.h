#pragma once
// Wires the server together: configuration → store → domain services → router → HTTP(S)
// listener, then serves until SIGINT or SIGTERM.

namespace comptoir::server {

// The whole server process; returns the exit code.
int runServer(int argc, char** argv);

} // namespace comptoir::server
