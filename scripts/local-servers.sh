#!/usr/bin/env bash
# Source this file: where KAFKA_BROKERS / MONGO_URL are not given, it installs and
# starts the local Kafka 4.x broker and FerretDB (deploy/local/) for the
# integration tests, and stops them when the calling shell exits.
# KHAI_LOCAL_SERVERS=0 skips this (the integration tests then skip, saying why).
khai_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
khai_started=()
khai_stop_servers() {
  for script in "${khai_started[@]}"; do bash "$script" stop >/dev/null 2>&1 || true; done
}
if [ "${KHAI_LOCAL_SERVERS:-1}" != "0" ]; then
  if [ -z "${KAFKA_BROKERS:-}" ]; then
    echo "== local Kafka (deploy/local/kafka.sh)"
    bash "$khai_root/deploy/local/kafka.sh" install
    # KAFKA_BROKERS and the broker's credentials (SASL/SCRAM), one NAME=value a line.
    khai_kafka_env="$(bash "$khai_root/deploy/local/kafka.sh" start)"
    while IFS= read -r khai_line; do export "${khai_line?}"; done <<<"$khai_kafka_env"
    unset khai_kafka_env khai_line
    export KHAI_KAFKA_SCRIPT="$khai_root/deploy/local/kafka.sh"
    khai_started+=("$khai_root/deploy/local/kafka.sh")
  fi
  if [ -z "${MONGO_URL:-}" ]; then
    echo "== local FerretDB (deploy/local/ferretdb.sh)"
    bash "$khai_root/deploy/local/ferretdb.sh" install
    export "$(bash "$khai_root/deploy/local/ferretdb.sh" start)"
    khai_started+=("$khai_root/deploy/local/ferretdb.sh")
  fi
  trap khai_stop_servers EXIT
fi
