#!/usr/bin/env bash
# Installs (when missing), starts, stops and reports the local PostgreSQL and RabbitMQ servers that
# EventNews uses, bound to loopback. Idempotent: "up" on running servers only checks them.
#
#   deploy/services.sh up|down|status [postgres|rabbitmq]
#   deploy/services.sh vhost add|delete NAME      (a RabbitMQ virtual host, for isolated tests)
#
# As root it uses the system's PostgreSQL cluster and RabbitMQ node (installing them with apt when
# missing). As a normal user it runs private servers whose data lives under $EVENTNEWS_STATE
# (default: .eventnews/ in the repository), provided the server binaries are installed.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
state=${EVENTNEWS_STATE:-$here/../.eventnews}
pg_port=${EVENTNEWS_PG_PORT:-5432}
pg_max_connections=${EVENTNEWS_PG_MAX_CONNECTIONS:-300}
pg_user=eventnews
pg_password=eventnews
amqp_port=${EVENTNEWS_AMQP_PORT:-5672}
export RABBITMQ_NODENAME=${RABBITMQ_NODENAME:-rabbit@localhost}
export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
export RABBITMQ_NODE_PORT=$amqp_port
# Keep Erlang's port mapper and the inter-node port on loopback too.
export ERL_EPMD_ADDRESS=127.0.0.1
export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"

say() { printf '%s\n' "$*" >&2; }
is_root() { [ "$(id -u)" = 0 ]; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_for() { # wait_for SECONDS DESCRIPTION COMMAND...
  local seconds=$1 what=$2; shift 2
  for ((i = 0; i < seconds * 4; i++)); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.25
  done
  say "eventnews: $what did not come up within ${seconds}s"
  return 1
}

apt_install() { # apt_install PACKAGE...
  if ! is_root; then
    say "eventnews: missing $*; install it (apt-get install $*) or run as root"
    exit 1
  fi
  say "eventnews: installing $* ..."
  if [ ! -f "$state/.apt-updated" ]; then
    mkdir -p "$state"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null && touch "$state/.apt-updated"
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# ---------------------------------------------------------------- PostgreSQL
pg_bin() {
  local v
  v=$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -n 1)
  [ -n "$v" ] && printf '/usr/lib/postgresql/%s/bin' "$v"
}

pg_ready() { "$(pg_bin)/pg_isready" -q -h 127.0.0.1 -p "$pg_port"; }

pg_psql() { # SQL as the server's superuser
  if is_root; then
    runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -d postgres -tAc "$1" 2>/dev/null ||
      runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 -p "$pg_port" -d postgres -tAc "$1"
  else
    psql -q -v ON_ERROR_STOP=1 -h "$state/postgres-run" -p "$pg_port" -U "$(id -un)" -d postgres -tAc "$1"
  fi
}

pg_ensure_role() {
  # A normal user cannot administer the machine's own server: its role is then the admin's business.
  if ! is_root && [ ! -S "$state/postgres-run/.s.PGSQL.$pg_port" ]; then
    return 0
  fi
  if [ "$(pg_psql "SELECT 1 FROM pg_roles WHERE rolname = '$pg_user'")" != 1 ]; then
    pg_psql "CREATE ROLE $pg_user LOGIN CREATEDB PASSWORD '$pg_password'"
  fi
}

postgres_up() {
  [ -n "$(pg_bin)" ] || apt_install postgresql
  if pg_ready; then
    pg_ensure_role
    say "postgres: running on 127.0.0.1:$pg_port"
    return
  fi
  if is_root; then
    local cluster
    cluster=$(pg_lsclusters -h 2>/dev/null | awk -v p="$pg_port" '$3 == p { print $1 " " $2; exit }')
    if [ -z "$cluster" ]; then
      local v
      v=$(basename "$(dirname "$(pg_bin)")")
      pg_createcluster "$v" main --port "$pg_port" >/dev/null
      cluster="$v main"
    fi
    # Each service process keeps a pool of connections and a rebuild opens a second one; with the
    # tests running several services at once, the default of 100 is too few.
    printf 'max_connections = %s\n' "$pg_max_connections" > "/etc/postgresql/${cluster% *}/${cluster#* }/conf.d/eventnews.conf"
    # shellcheck disable=SC2086
    pg_ctlcluster $cluster start
  else
    local data=$state/postgres
    mkdir -p "$state/postgres-run"
    if [ ! -f "$data/PG_VERSION" ]; then
      "$(pg_bin)/initdb" -D "$data" -A trust -U "$(id -un)" >/dev/null
    fi
    "$(pg_bin)/pg_ctl" -D "$data" -l "$state/postgres.log" -w \
      -o "-p $pg_port -k $state/postgres-run -c listen_addresses=127.0.0.1 -c max_connections=$pg_max_connections" start >/dev/null
  fi
  wait_for 60 "PostgreSQL on 127.0.0.1:$pg_port" pg_ready
  pg_ensure_role
  say "postgres: started on 127.0.0.1:$pg_port"
}

postgres_down() {
  [ -n "$(pg_bin)" ] || return 0
  if is_root; then
    local cluster
    cluster=$(pg_lsclusters -h 2>/dev/null | awk -v p="$pg_port" '$3 == p { print $1 " " $2; exit }')
    # shellcheck disable=SC2086
    [ -n "$cluster" ] && pg_ctlcluster $cluster stop 2>/dev/null || true
  elif [ -f "$state/postgres/postmaster.pid" ]; then
    "$(pg_bin)/pg_ctl" -D "$state/postgres" -m fast stop >/dev/null || true
  fi
  say "postgres: stopped"
}

postgres_status() {
  if [ -n "$(pg_bin)" ] && pg_ready; then say "postgres: up (127.0.0.1:$pg_port)"; else say "postgres: down"; return 1; fi
}

# ---------------------------------------------------------------- RabbitMQ
rabbit_env() {
  if ! is_root; then
    export RABBITMQ_MNESIA_BASE=$state/rabbitmq/mnesia RABBITMQ_LOG_BASE=$state/rabbitmq/log
    export RABBITMQ_ENABLED_PLUGINS_FILE=$state/rabbitmq/enabled_plugins RABBITMQ_CONFIG_FILE=$state/rabbitmq/rabbitmq
    mkdir -p "$RABBITMQ_MNESIA_BASE" "$RABBITMQ_LOG_BASE"
    [ -f "$RABBITMQ_ENABLED_PLUGINS_FILE" ] || echo '[].' >"$RABBITMQ_ENABLED_PLUGINS_FILE"
  fi
}

rabbit_ready() { port_open "$amqp_port" && rabbitmq-diagnostics -q check_running >/dev/null 2>&1; }

rabbitmq_up() {
  if port_open "$amqp_port"; then
    say "rabbitmq: running on 127.0.0.1:$amqp_port"
    return
  fi
  command -v rabbitmq-server >/dev/null || apt_install rabbitmq-server
  rabbit_env
  rabbitmq-server -detached >/dev/null 2>&1
  wait_for 90 "RabbitMQ on 127.0.0.1:$amqp_port" port_open "$amqp_port"
  wait_for 30 "RabbitMQ node $RABBITMQ_NODENAME" rabbitmq-diagnostics -q check_running
  say "rabbitmq: started on 127.0.0.1:$amqp_port"
}

rabbitmq_down() {
  command -v rabbitmqctl >/dev/null || return 0
  rabbit_env
  rabbitmqctl -q stop >/dev/null 2>&1 || true
  for ((i = 0; i < 80; i++)); do port_open "$amqp_port" || break; sleep 0.25; done
  say "rabbitmq: stopped"
}

rabbitmq_status() {
  if port_open "$amqp_port"; then say "rabbitmq: up (127.0.0.1:$amqp_port)"; else say "rabbitmq: down"; return 1; fi
}

# A virtual host of its own keeps each test's queues apart on one broker.
rabbitmq_vhost() { # rabbitmq_vhost add|delete NAME
  rabbit_env
  case "$1" in
    add)
      rabbitmqctl -q add_vhost "$2" >/dev/null 2>&1 || true
      rabbitmqctl -q set_permissions -p "$2" guest '.*' '.*' '.*' >/dev/null
      ;;
    delete) rabbitmqctl -q delete_vhost "$2" >/dev/null 2>&1 || true ;;
    *) say "eventnews: vhost add|delete NAME"; exit 2 ;;
  esac
}

# ---------------------------------------------------------------- main
action=${1:-status}
if [ "$action" = vhost ]; then
  [ $# -eq 3 ] || { say "eventnews: services vhost add|delete NAME"; exit 2; }
  rabbitmq_vhost "$2" "$3"
  exit 0
fi
which=${2:-all}
case "$which" in all | postgres | rabbitmq) ;; *) say "eventnews: unknown service '$which' (postgres, rabbitmq)"; exit 2 ;; esac
case "$action" in
  up | down) ;;
  status)
    rc=0
    [ "$which" = rabbitmq ] || postgres_status || rc=1
    [ "$which" = postgres ] || rabbitmq_status || rc=1
    exit $rc
    ;;
  *) say "eventnews: unknown services action '$action' (up, down, status)"; exit 2 ;;
esac
# Starting and stopping (and any install they need) report on stderr, so that the output of the
# command that asked for the servers, such as `bench --json`, stays its own.
exec >&2
[ "$which" = rabbitmq ] || "postgres_$action"
[ "$which" = postgres ] || "rabbitmq_$action"
