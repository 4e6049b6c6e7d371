<div class="pane-content">
    <div class="views_view view view-node-body-with-title view-id-node_body_with_title view-display-id-panel_pane_1 view-dom-id-1">
        <div class="view-content">
            <div class="first last odd">
                <h2>交大宿舍入住流程</h2>
			即将入住交大宿舍的同学： 
			<br />

			<br />
			<p>
				一、于2017年7月21日、7月22日到校办理入住手续。报到地址为上海市闵行区七莘路2678号。
			</p>
			<br />
			<p>
				二、住宿办理需要提供：学生证、交大入学证明单、身份证、一寸照片一张、两个月住宿费、宿舍门卡押金。
			</p>
			<br />
			<p>
				三、如有行李托运的同学，可将行李寄与地址七莘路2678号。
			</p>
			<br />
			<p>
				四、入住同学请严格按照交大寝室住宿规章制度。
			</p>
			<br />
			<br />
			<p style="text-align: right">
			　　特此通知，请相互转告
			</p> 
			<p style="text-align: right">
			　　宿管处&nbsp;
			</p>
			<p style="text-align: right">
			　　2016年7月20日&nbsp;
			</p>

            </div>
        </div>
    </div>
</div>