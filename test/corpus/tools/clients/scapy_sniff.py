#!/usr/bin/python3
# Scapy 2.5 (Debian python3-scapy) as a quick sniffer on the loopback: every TCP segment to or from the given port that
# carries data, printed with Scapy's own packet dump (Packet.show()). Stopped with Ctrl-C (SIGINT).
#   scapy_sniff.py <port>
import sys
from scapy.all import Raw, conf, sniff

conf.use_pcap = True  # libpcap, as tcpdump: each loopback segment once (the native socket sees it twice)

port = int(sys.argv[1])
sniff(iface='lo', filter=f'tcp port {port}', lfilter=lambda p: Raw in p, prn=lambda p: p.show(), store=False)
