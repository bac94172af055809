# phonefleetd's %preun (rpm): $1 is 0 when the package goes away, 1 on upgrade.
if [ "$1" -eq 0 ] && [ -d /run/systemd/system ]; then
    systemctl disable --now phonefleetd.service >/dev/null 2>&1 || :
fi
