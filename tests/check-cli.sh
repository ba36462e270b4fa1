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
case "$out" in *--database=DATABASE*) ;; *) echo "--help does not list --database: $out"; status=1 ;; esac
case "$out" in *--copy-to=DATABASE*) ;; *) echo "--help does not list --copy-to: $out"; status=1 ;; esac

# --import-questions: all or nothing, "line N: reason", a non-zero exit; then a good file.
db="$home/questions.db"
printf 'received;channel;text\n2026-03-02;e-otinish;Первый\n2026-03-30;fax;Второй\n' >"$home/bad.csv"
printf 'received,channel,region,text\n2026-03-02,e-otinish,Абай облысы,Бірінші\n02.03.2026 10:15,hall,,Второй\n' >"$home/good.csv"
if out=$(run --database="$db" --import-questions="$home/bad.csv" 2>&1); then
  echo "a bad question file was imported: $out"; status=1
fi
case "$out" in *"line 3: channel “fax”"*) ;; *) echo "no line number for the bad row: $out"; status=1 ;; esac
out=$(run --database="$db" --import-questions="$home/good.csv" 2>&1) || { echo "good question file failed: $out"; status=1; }
[ "$out" = "Imported 2 questions." ] || { echo "--import-questions printed “$out”"; status=1; }
count=$(/usr/bin/python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM questions").fetchone()[0])' "$db")
[ "$count" = 2 ] || { echo "$count questions in the database, not 2"; status=1; }
if run --database="$db" --import-questions="$home/good.csv" --meeting=99 >/dev/null 2>&1; then
  echo "questions were imported for a meeting that does not exist"; status=1
fi

# --demo: only into a new file named with --database; an existing file is left as it was.
if out=$(run --demo 2>&1); then
  echo "--demo without --database succeeded: $out"; status=1
fi
case "$out" in *"--database=FILE"*) ;; *) echo "--demo without --database said “$out”"; status=1 ;; esac
before=$(sha256sum "$db")
if out=$(run --database="$db" --demo 2>&1); then
  echo "--demo went into an existing database: $out"; status=1
fi
[ "$(sha256sum "$db")" = "$before" ] || { echo "--demo changed an existing database"; status=1; }
out=$(run --database="$home/demo.db" --demo --export=summary --year=2026 \
      --output="$home/summary.xlsx" 2>&1) || { echo "--demo failed: $out"; status=1; }
count=$(/usr/bin/python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM meetings").fetchone()[0])' "$home/demo.db")
[ "$count" = 26 ] || { echo "$count meetings in the demo, not 26"; status=1; }

if [ -e "$home/data/kezdesu" ]; then
  echo "the command line created the default database"
  status=1
fi
exit $status
