from signalcraft.cli import main

raise SystemExit(main())
