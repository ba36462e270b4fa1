#!/bin/bash
# The command line is answered without a display: --version prints the version, --help lists
# --database, and neither touches the default database.
# usage: check-cli.sh KEZDESU VERSION
set -u
kezdesu=$1
version=$2
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
run() {
  env -u DISPLAY -u WAYLAND_DISPLAY XDG_DATA_HOME="$home/data" LANG=C.UTF-8 LC_ALL=C.UTF-8 \
    "$kezdesu" "$@"
}
status=0

out=$(run --version 2>&1) || { echo "--version failed: $out"; status=1; }
[ "$out" = "kezdesu $version" ] || { echo "--version printed “$out”"; status=1; }

out=$(run --help 2>&1) || { echo "--help failed: $out"; status=1; }
case "$out" in *--database=FILE*) ;; *) echo "--help does not list --database: $out"; status=1 ;; esac

if [ -e "$home/data/kezdesu" ]; then
  echo "the command line created the default database"
  status=1
fi
exit $status
