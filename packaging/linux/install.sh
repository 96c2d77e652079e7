#!/bin/sh
# Install the Omigjen POS folder this script sits in (dist/omigjen-pos/, as built by
# packaging/build.py): copy the folder, add the menu entry, the icon and the
# `omigjen-pos` command.
#
#   sudo ./install.sh          for everyone: /opt/omigjen-pos, menu entry and icon under
#                              /usr/local/share, the command in /usr/local/bin
#   ./install.sh               for you alone: ~/.local/opt/omigjen-pos, menu entry and icon
#                              under ~/.local/share, the command in ~/.local/bin
#   ./install.sh --to DIR      put the folder in DIR instead
#   sudo ./install.sh --user   as root, still only for root (~root/.local)
#   ./install.sh --uninstall   remove what the same call installed (settings and data stay)
#
# A folder already installed there is replaced (an upgrade); the till's settings
# (~/.config/omigjen-pos) and data (~/.local/share/omigjen-pos) are never touched.
set -eu

NAME=omigjen-pos
SOURCE=$(cd "$(dirname "$0")" && pwd -P)

ACTION=install
USER_ONLY=no
TARGET=
while [ $# -gt 0 ]; do
    case $1 in
        --to) TARGET=${2:?--to needs a folder}; shift 2 ;;
        --user) USER_ONLY=yes; shift ;;
        --uninstall) ACTION=uninstall; shift ;;
        *) echo "install.sh: unknown option $1 (see the top of this script)" >&2; exit 2 ;;
    esac
done
if [ "$(id -u)" -eq 0 ] && [ "$USER_ONLY" = no ]; then
    TARGET=${TARGET:-/opt/$NAME}
    SHARE=/usr/local/share
    BIN=/usr/local/bin
else
    TARGET=${TARGET:-$HOME/.local/opt/$NAME}
    SHARE=${XDG_DATA_HOME:-$HOME/.local/share}
    BIN=$HOME/.local/bin
fi
MENU=$SHARE/applications/$NAME.desktop
ICON=$SHARE/icons/hicolor/256x256/apps/$NAME.png

# Only ever remove a folder that holds an Omigjen POS build.
remove_build() {
    if [ -e "$1" ]; then
        if [ ! -x "$1/$NAME" ] || [ ! -d "$1/_internal" ]; then
            echo "install.sh: $1 exists but is not an Omigjen POS folder; not touching it" >&2
            exit 1
        fi
        rm -rf "$1"
    fi
}

refresh_menus() {
    command -v update-desktop-database >/dev/null 2>&1 \
        && update-desktop-database -q "$SHARE/applications" 2>/dev/null || true
    # Only a cache that exists is refreshed: a new one would hide icons added later.
    [ -f "$SHARE/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache \
        >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" 2>/dev/null || true
}

if [ "$ACTION" = uninstall ]; then
    remove_build "$TARGET"
    rm -f "$MENU" "$ICON"
    [ -L "$BIN/$NAME" ] && rm -f "$BIN/$NAME"
    refresh_menus
    echo "Removed Omigjen POS from $TARGET (settings and data are kept)."
    exit 0
fi

if [ ! -x "$SOURCE/$NAME" ] || [ ! -d "$SOURCE/_internal" ]; then
    echo "install.sh: run the copy inside the built folder (dist/$NAME/install.sh)" >&2
    exit 1
fi
if [ ! -d "$TARGET" ] || [ "$(cd "$TARGET" && pwd -P)" != "$SOURCE" ]; then
    remove_build "$TARGET"
    mkdir -p "$(dirname "$TARGET")"
    cp -a "$SOURCE" "$TARGET"  # -a: the bundle's library links stay links
fi
TARGET=$(cd "$TARGET" && pwd -P)

mkdir -p "$(dirname "$MENU")" "$(dirname "$ICON")" "$BIN"
cp "$TARGET/_internal/omigjen_pos/resources/icons/$NAME.png" "$ICON"
sed -e "s|^Exec=.*|Exec=$TARGET/$NAME|" -e "s|^TryExec=.*|TryExec=$TARGET/$NAME|" \
    "$TARGET/$NAME.desktop" > "$MENU"
chmod 644 "$MENU" "$ICON"
ln -sfn "$TARGET/$NAME" "$BIN/$NAME"
refresh_menus

echo "Installed Omigjen POS in $TARGET"
echo "  menu entry: $MENU"
echo "  command:    $BIN/$NAME (try: $NAME --self-test)"
