<div class="col-lg-8">
<div class="tab-content">
<div class="tab-pane active">
    <article>
        <div class="row text-center" style="font-size: 16px;">
                <h2>進駐辦法</h2>
                <hr class="small">
                <h4>Method</h4>
                <br><b style="font-size: 23px" ;="">一、申請須知</b><br><br>
                <p>為充分運用本校研究與發展之資源，加強與區域產業合作，<br>提供企業創業及產品創新所需之軟硬體資源，藉由提供設備、技術、商務與管理之諮詢與支援，<br>降低創業及研發初期的成本與風險，提高事業成功的機會，以協助創新企業體成長茁壯。</p> <br>
                <br><b style="font-size: 23px" ;="">二、申請流程</b><br><br>
                <img class="img" src='<?php echo base_url('userfile/images/method.jpg')?>' width="90%"><br><br>
                <br><b style="font-size: 23px" ;="">三、審查程序</b><br><br>
                <p>1.由創新育成中心先做初步文件查驗。<br>
                2.邀請相關學者專家進行書面技術審查。<br>
                3.技術審查未通過者，申請人於自收受通知書翌日起一個月內得提出申覆，<br>並由創新育成中心進行技術複審。<br>
                4.召開推動委員會評審會議，請申請人列席簡報說明。</p><br>
                <br><b style="font-size: 23px" ;="">四、審查應備文件 </b><br><br>
                <p>1.<a href="/download/index.php?2_20161220.docx">申請書</a><br>2.<a href="/download/index.php?4_20161220.doc">營運構想書</a><br>3.<a href="/download/index.php?6_20161220.doc">技術審查書面意見表</a><br>4.<a href="/download/index.php?7_20161220.doc">技術審查書面意見表-2</a></p><br>
                <br><b style="font-size: 23px" ;="">五、評審項目 </b><br><br>
                <p>
                    1.申請資格。<br>
                    2.主力技術或產品之創新性及經濟效益。<br>
                    3.營運計畫書可行性及可塑性。<br>
                    4.團隊成員經營企圖心、投入時間及成功機會。<br>
                    5.未來3至5年內財力評估。<br>
                    6.申請案之需求綜合評估。<br>
                    7.與學校教授合作計畫書 。<br><br><br><br><br><br>
                </p>
            </div>
        
            
    </article>
</div>
</div>
</div>