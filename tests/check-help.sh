#!/bin/bash
# Validates the Mallard help in C and in every language of help/LINGUAS (pages merged from
# the translations with itstool, as installing them does), and fails on untranslated or fuzzy
# help strings or on a page that no guide links to.
# usage: check-help.sh SOURCE_ROOT
set -u
help=$1/help
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0

yelp-check validate "$help"/C/*.page || status=1
orphans=$(yelp-check orphans "$help"/C)
if [ -n "$orphans" ]; then
  echo "pages not linked from the index: $orphans"
  status=1
fi

itstool -o "$tmp/help.pot" "$help"/C/*.page "$help"/C/legal.xml || exit 2
for lang in $(cat "$help/LINGUAS"); do
  msgmerge --quiet --no-fuzzy-matching -o "$tmp/$lang.po" "$help/$lang/$lang.po" "$tmp/help.pot"
  stats=$(LC_ALL=C msgfmt --statistics -o "$tmp/$lang.mo" "$tmp/$lang.po" 2>&1)
  echo "help $lang: $stats"
  case "$stats" in *untranslated*|*fuzzy*) status=1 ;; esac
  mkdir -p "$tmp/$lang"
  cp "$help"/C/legal.xml "$tmp/$lang/"
  itstool -m "$tmp/$lang.mo" -o "$tmp/$lang/" "$help"/C/*.page "$help"/C/legal.xml || status=1
  yelp-check validate "$tmp/$lang"/*.page || status=1
done
exit $status
