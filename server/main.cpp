// comptoir-server: the HTTP API of Comptoir. All of it lives in comptoir_server_core.
#include "app/serverapp.h"

int main(int argc, char** argv)
{
    return comptoir::server::runServer(argc, argv);
}
