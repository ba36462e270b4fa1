#!/bin/bash
# Parses the Flatpak manifest as flatpak-builder does and fails on any warning, and on
# permissions the app must not have: the home folder or host files (files come and go through
# the portal). The network is for a team's PostgreSQL server alone, and the metainfo must say
# so to whoever installs the app.
# usage: check-flatpak-manifest.sh MANIFEST
set -u
manifest=$1
err=$(mktemp)
trap 'rm -f "$err"' EXIT

if ! flatpak-builder --show-manifest "$manifest" > /dev/null 2> "$err"; then
  cat "$err"
  exit 1
fi
if [ -s "$err" ]; then
  echo "flatpak-builder warned:"
  cat "$err"
  exit 1
fi
if grep -nE -- '--filesystem=(home|host)' "$manifest"; then
  echo "the manifest grants more than the app needs"
  exit 1
fi
metainfo="$(dirname "$manifest")/../data/io.github.kezdesu.Kezdesu.metainfo.xml.in.in"
[ -f "$metainfo" ] || metainfo="$(dirname "$manifest")/../../data/io.github.kezdesu.Kezdesu.metainfo.xml.in.in"
if grep -q -- '--share=network' "$manifest" &&
   ! tr -s ' \n' ' ' < "$metainfo" | grep -q 'the network is used only to reach that server'; then
  echo "the manifest reaches the network, and the metainfo does not say for what"
  exit 1
fi
grep -q '"run-tests": true' "$manifest" || { echo "the app module must run its tests"; exit 1; }
exit 0
