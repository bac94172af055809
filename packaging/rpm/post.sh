# phonefleetd's %post (rpm): as the Debian postinst. $1 is 1 on install, 2 on upgrade. The user
# was made in %pre; rpm set the modes of /etc/phonefleet from %attr. The state folder is the
# server's, not the package's (so that rpm -V says nothing of it).
if [ ! -d /var/lib/phonefleet ]; then
    install -d -m 0700 -o phonefleet -g phonefleet /var/lib/phonefleet
fi
if [ -d /run/systemd/system ]; then
    systemctl daemon-reload >/dev/null 2>&1 || :
    if [ "$1" -ge 2 ]; then
        systemctl try-restart phonefleetd.service >/dev/null 2>&1 || :
    fi
fi
if [ "$1" -eq 1 ]; then
    echo "phonefleetd: create the first administrator, then: systemctl enable --now phonefleetd"
fi
