from services.chat_api.main import main

main()
