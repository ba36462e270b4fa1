#!/bin/bash
# Fails when a translatable string is missing from po/kk.po or po/ru.po (untranslated or
# fuzzy, including strings added to the sources since the catalogues were last merged), when
# a source file with translatable strings is missing from po/POTFILES.in, or when a catalogue's
# Plural-Forms is not the GNOME team's.
# usage: check-translations.sh SOURCE_ROOT
set -u
root=$1
cd "$root" || exit 2
status=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# 1. Every file with translatable strings is listed.
while IFS= read -r f; do
  if ! grep -qxF "$f" po/POTFILES.in; then
    echo "not in po/POTFILES.in: $f"
    status=1
  fi
done < <(find src data -type f \( -name '*.c' -o -name '*.ui' -o -name '*.in' -o -name '*.xml' \) ! -name '*.gresource.xml' | sort \
           | xargs -r grep -lE '(^|[^A-Za-z0-9_])(_|N_|C_|NC_)\(|translatable="yes"|<summary>|<caption>|^Name=|^Comment=' 2>/dev/null)
# ... and every listed file exists.
while IFS= read -r f; do
  [ -z "$f" ] || [ "${f#\#}" != "$f" ] || [ -f "$f" ] || { echo "listed but missing: $f"; status=1; }
done < po/POTFILES.in

# 2. A fresh template from the sources, with the keywords of meson's glib preset.
xgettext --package-name=kezdesu --from-code=UTF-8 --add-comments \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_set_error:4:c-format \
  -f po/POTFILES.in -o "$tmp/kezdesu.pot" || exit 2

declare -A plural=(
  [kk]='nplurals=1; plural=0;'
  [ru]='nplurals=3; plural=(n%10==1 \&\& n%100!=11 ? 0 : n%10>=2 \&\& n%10<=4 \&\& (n%100<10 || n%100>=20) ? 1 : 2);'
)

for lang in $(cat po/LINGUAS); do
  po=po/$lang.po
  if ! msgfmt --check -o /dev/null "$po"; then
    echo "$po does not compile"
    status=1
    continue
  fi
  msgmerge --quiet --no-fuzzy-matching -o "$tmp/$lang.po" "$po" "$tmp/kezdesu.pot" || exit 2
  stats=$(LC_ALL=C msgfmt --statistics -o /dev/null "$tmp/$lang.po" 2>&1)
  echo "$lang: $stats"
  case "$stats" in
    *untranslated*|*fuzzy*)
      status=1
      msgattrib --untranslated --only-fuzzy "$tmp/$lang.po" 2>/dev/null | grep '^msgid' | head -5
      msgattrib --untranslated "$tmp/$lang.po" | grep -A1 '^msgid' | head -20
      ;;
  esac
  want=$(printf '%s' "${plural[$lang]}" | sed 's/\\&/\&/g')
  if ! grep -qF "\"Plural-Forms: $want\\n\"" "$po"; then
    echo "$po: Plural-Forms is not the GNOME team's: $want"
    status=1
  fi
done

exit $status
