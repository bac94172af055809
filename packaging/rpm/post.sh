# phonefleetd's %post (rpm): as the Debian postinst. $1 is 1 on install, 2 on upgrade.
if ! getent passwd phonefleet >/dev/null; then
    useradd --system --user-group --home-dir /var/lib/phonefleet --no-create-home \
        --shell /sbin/nologin --comment "PhoneFleet server" phonefleet
fi
mkdir -p /var/lib/phonefleet
chown phonefleet:phonefleet /var/lib/phonefleet
chmod 0700 /var/lib/phonefleet
chown root:phonefleet /etc/phonefleet /etc/phonefleet/phonefleetd.conf
chmod 0750 /etc/phonefleet
chmod 0640 /etc/phonefleet/phonefleetd.conf
if [ -d /run/systemd/system ]; then
    systemctl daemon-reload >/dev/null 2>&1 || :
    if [ "$1" -ge 2 ]; then
        systemctl try-restart phonefleetd.service >/dev/null 2>&1 || :
    fi
fi
if [ "$1" -eq 1 ]; then
    echo "phonefleetd: create the first administrator, then: systemctl enable --now phonefleetd"
fi
